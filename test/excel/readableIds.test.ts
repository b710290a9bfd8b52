import { blankInitiative } from "../../src/engine/initiative";
import { addInitiatives } from "../../src/excel/addInitiatives";
import { readChangeLog } from "../../src/excel/changeLog";
import { nextReadableIds } from "../../src/excel/readableIds";
import { describeEachHost, readWith, setUpFake, stampBy } from "../support/fakeExcel";

const YEARS = [2021, 2022, 2023, 2024];
const fresh = (name: string) => ({ ...blankInitiative("draft", YEARS), name });

describeEachHost("readable ids for new initiatives", () => {
  it("numbers new initiatives after the highest readable id", async () => {
    const { client } = await setUpFake();
    const result = await client.run((context) =>
      addInitiatives(context, [fresh("Et"), fresh("To")], YEARS, stampBy("Anna"), { readableIds: true }),
    );
    expect(result.status === "added" && result.added.map((initiative) => initiative.id)).toEqual([
      "I-0001",
      "I-0002",
    ]);
    const again = await client.run((context) =>
      addInitiatives(context, [fresh("Tre")], YEARS, stampBy("Anna"), { readableIds: true }),
    );
    expect(again.status === "added" && again.added[0].id).toBe("I-0003");
  });

  it("gives the next number to the second of two co-authors who added at the same moment, and logs it", async () => {
    const { workbook, client: anna } = await setUpFake();
    const bo = workbook.createClient("Bo");
    const [mine, theirs] = await Promise.all([
      anna.run((context) =>
        addInitiatives(context, [fresh("Annas")], YEARS, stampBy("Anna"), { readableIds: true }),
      ),
      bo.run((context) =>
        addInitiatives(context, [fresh("Bos")], YEARS, stampBy("Bo"), { readableIds: true }),
      ),
    ]);
    const ids = [mine, theirs].map((result) => (result.status === "added" ? result.added[0].id : null));
    // Both checked before either wrote, so both picked I-0001; Bo's read-back saw the clash.
    expect(ids).toEqual(["I-0001", "I-0002"]);
    const data = await readWith(anna);
    const byName = Object.fromEntries(data.initiatives.map((initiative) => [initiative.name, initiative.id]));
    expect([byName.Annas, byName.Bos]).toEqual(ids);
    expect(data.problems.filter((problem) => problem.key === "duplicateId")).toEqual([]);
    const log = await anna.run((context) => readChangeLog(context));
    expect(
      log
        .filter((entry) => entry.field === "(id assigned)")
        .map((entry) => [entry.by, entry.oldValue, entry.newValue]),
    ).toEqual([["Bo", "I-0001", "I-0002"]]);
  });
});

describe("nextReadableIds", () => {
  it("continues after the highest number and ignores other ids", () => {
    expect(nextReadableIds(new Set(["i-0007", "s002-01", "i-0012x"]), 2)).toEqual(["I-0008", "I-0009"]);
  });
});
