import { challengeLines } from "../../src/engine/challenges";
import { checkStrategyCases } from "../../src/engine/scenarioCases";
import { headroomAndCashStrategy } from "../../src/engine/strategy";
import { columnLetters } from "../../src/excel/a1";
import { layoutOf } from "../../src/excel/layout";
import { repairWorkbook } from "../../src/excel/repairWorkbook";
import { TABLE_NAMES } from "../../src/excel/schema";
import type { FakeExcelClient } from "../../src/preview/officeFake/fakeExcel";
import { describeEachHost, readWith, setUpFake, stampBy, tableCells } from "../support/fakeExcel";

const YEARS = [2021, 2022, 2023, 2024];

async function repairMissing(client: FakeExcelClient) {
  const seen = await readWith(client);
  const problem = seen.problems.find(
    (candidate) => candidate.key === "tableMissing" && candidate.table === TABLE_NAMES.challenges,
  );
  if (!problem?.repair) throw new Error("no repair offered for the missing BAR_Challenges");
  return client.run((context) => repairWorkbook(context, problem.repair!, seen.years, stampBy("Anna")));
}

describeEachHost("BAR_Challenges", () => {
  it("is set up with seed 000's coming challenges in the example, ranges and unknowns as the document gives them", async () => {
    const { client, workbook } = await setUpFake({ example: true });
    const data = await readWith(client);
    expect(data.problems).toEqual([]);
    expect(data.challenges.map((challenge) => challenge.name)).toContain("Udvikling i konjunkturerne");
    const demography = data.challenges[0];
    expect(demography).toMatchObject({
      name: "Flere ældre: nye plejehjemspladser",
      coreArea: "Social omsorg",
    });
    expect(demography.costs).toEqual({
      2021: { low: 7.5, high: 14.5 },
      2022: { low: 7.5, high: 14.5 },
      2023: { low: 7.5, high: 14.5 },
      2024: { low: 7.5, high: 14.5 },
    });
    const rows = tableCells(workbook, TABLE_NAMES.challenges);
    expect(rows[0]).toEqual(["Name", "CoreArea", "2021", "2022", "2023", "2024", "Note"]);
    expect(rows[1].slice(2, 3)).toEqual(["7,5 til 14,5"]);
    expect(rows[2].slice(2, 3)).toEqual(["-"]);
  });

  it("is set up empty without the example", async () => {
    const { client } = await setUpFake({ example: false });
    const data = await readWith(client);
    expect(data.challenges).toEqual([]);
    expect(data.tables.challenges).toBe(true);
  });

  it("is offered as a missing table in a workbook set up before it existed, and the repair creates it", async () => {
    const { client } = await setUpFake({ example: true });
    client.deleteTable(TABLE_NAMES.challenges, false);
    expect((await repairMissing(client)).status).toBe("repaired");
    const data = await readWith(client);
    expect(data.tables.challenges).toBe(true);
    expect(data.problems).toEqual([]);
  });

  it("reads costs typed as the document writes them, and refuses what is no cost, naming the cell", async () => {
    const { client } = await setUpFake({ example: true });
    const place = layoutOf(YEARS).challenges;
    const cell = (offset: number) => `BAR!${columnLetters(place.column + offset)}2`;
    client.type(cell(2), [["0-20 tusind kr."]]);
    client.type(cell(3), [["14,5-7,5"]]);
    client.type(cell(4), [["'-1.5 to 2 mio. kr."]]);
    client.type(cell(5), [["ukendt p.t."]]);
    client.type(`BAR!${columnLetters(place.column + 2)}3`, [["7,5-14,5 mio. kr."]]);
    const data = await readWith(client);
    expect(data.challenges[0].costs).toEqual({
      2021: "notEstimated",
      2022: "notEstimated",
      2023: { low: -1.5, high: 2 },
      2024: "notEstimated",
    });
    expect(data.challenges[1].costs[2021]).toEqual({ low: 7.5, high: 14.5 });
    expect(data.problems.map((problem) => [problem.key, "address" in problem && problem.address])).toEqual([
      ["invalidAmount", cell(2)],
      ["invalidRange", cell(3)],
    ]);
  });

  it("feeds the strategy check: seed 000's challenges leave every year of the example undecided while costs are unknown", async () => {
    const { client } = await setUpFake({ example: true });
    const data = await readWith(client);
    const lines = challengeLines(data.challenges, data.years);
    const headroom = data.years.map(() => ({ low: 150, high: 150 }));
    const checks = checkStrategyCases(
      { measures: { headroom, cash: headroom }, challenges: lines },
      headroomAndCashStrategy(),
    );
    expect(checks.map((year) => year.pessimistic.status)).toEqual([
      "MISSING",
      "MISSING",
      "MISSING",
      "MISSING",
    ]);
    expect(checks.map((year) => year.notEstimated)).toEqual([6, 6, 6, 6]);
  });
});
