import type { Challenge } from "../../src/engine/challenges";
import type { WorkbookData } from "../../src/excel/toWorkbookData";
import { setCurrentLanguage } from "../../src/i18n/language";
import { paneTexts } from "../../src/i18n/paneTexts";
import { toStrategyRows } from "../../src/taskpane/strategyRows";
import { readWith, setUpFake } from "../support/fakeExcel";

const YEARS = [2021, 2022, 2023, 2024];
const each = <T>(value: T) => Object.fromEntries(YEARS.map((year) => [year, value]));

/** The example workbook (seed 002, with seed 000's challenges) and the model's headroom and cash. */
async function example(headroom: number, cash = 200): Promise<WorkbookData> {
  const { client } = await setUpFake({ example: true });
  const data = await readWith(client);
  return { ...data, measures: { headroom: YEARS.map(() => headroom), cash: YEARS.map(() => cash) } };
}

const estimated = (challenges: Challenge[]) =>
  challenges.filter((challenge) => challenge.costs[2021] !== "notEstimated");

afterEach(() => setCurrentLanguage("da"));

describe("the strategy under seed 000's coming challenges", () => {
  it("cannot decide a year while challenges are unknown, names them, and says what the estimated ones alone give", async () => {
    const rows = toStrategyRows(await example(150), paneTexts("da"));
    expect(rows?.map((row) => row.status)).toEqual(["MISSING", "MISSING", "MISSING", "MISSING"]);
    expect(rows?.[0].why).toBe(
      "6 kommende udfordringer er ikke skønnet (Det nære sundhedsvæsen, Udvikling på handicapområdet, " +
        "Konsekvenser af skoleanalyse, Det specialiserede socialområde, psykiatri og rusmiddel, " +
        "Kloge m²: investere for at mindske driftsudgifter, Infrastruktur: trafikvej Hedensted-Hornsyld). " +
        "Ukendt er ikke 0, så året kan ikke afgøres. Med de skønnede udfordringer alene: i orden " +
        "(Under det optimale i det pessimistiske tilfælde. Råderum efter kommende udfordringer: " +
        "85,5 / 101,5 / 117,5 mio. kr. (pessimistisk / forventet / optimistisk)).",
    );
  });

  it("says per year in which cases 70 / 100 / 100 holds once every challenge is estimated", async () => {
    const data = await example(120);
    const rows = toStrategyRows({ ...data, challenges: estimated(data.challenges) }, paneTexts("da"));
    // Costs 32,5–64,5 (expected 48,5): headroom 55,5 / 71,5 / 87,5.
    expect(rows?.[0]).toEqual({
      year: 2021,
      status: "BELOW_OPTIMAL",
      why:
        "Råderum 71,5 mio. kr. er under det optimale 100 mio. kr. Brud i det pessimistiske tilfælde. " +
        "Råderum efter kommende udfordringer: 55,5 / 71,5 / 87,5 mio. kr. (pessimistisk / forventet / optimistisk)",
    });
  });

  it("meets a threshold reached exactly in decimals", async () => {
    const data = await example(70.3);
    const challenges: Challenge[] = [
      { name: "A", coreArea: "", costs: each(0.1), note: "" },
      { name: "B", coreArea: "", costs: each(0.2), note: "" },
    ];
    const rows = toStrategyRows({ ...data, challenges }, paneTexts("da"));
    expect(rows?.[0].status).toBe("BELOW_OPTIMAL");
    expect(rows?.[0].why).not.toContain("Brud");
  });

  it("is the plain check when there are no challenges", async () => {
    const data = await example(150);
    expect(toStrategyRows({ ...data, challenges: [] }, paneTexts("da"))?.[0]).toEqual({
      year: 2021,
      status: "OK",
      why: "",
    });
  });

  it("is null while a measure has no figures", async () => {
    const data = await example(150);
    expect(
      toStrategyRows({ ...data, measures: { headroom: YEARS.map(() => 150) } }, paneTexts("da")),
    ).toBeNull();
  });

  it("speaks English in the English pane", async () => {
    setCurrentLanguage("en");
    const data = await example(120);
    const rows = toStrategyRows({ ...data, challenges: estimated(data.challenges) }, paneTexts("en"));
    expect(rows?.[0].why).toContain("Breach in the pessimistic case");
    expect(rows?.[0].why).toContain("55.5 / 71.5 / 87.5 mio. kr.");
  });
});
