import type { Repair, WorkbookProblem } from "../../src/engine/workbookProblem";
import { repairWorkbook } from "../../src/excel/repairWorkbook";
import { guessRenamedColumns } from "../../src/excel/renamedColumns";
import { columnsOf } from "../../src/excel/schema";
import type { FakeExcelClient } from "../../src/preview/officeFake/fakeExcel";
import { describeEachHost, readWith, setUpFake, stampBy } from "../support/fakeExcel";

const YEARS = [2021, 2022, 2023, 2024];

const missingOf = async (client: FakeExcelClient) =>
  (await readWith(client)).problems.filter(
    (problem): problem is Extract<WorkbookProblem, { key: "columnMissing" }> =>
      problem.key === "columnMissing",
  );

const repair = (client: FakeExcelClient, offer: Repair) =>
  client.run((context) => repairWorkbook(context, offer, YEARS, stampBy("Anna")));

describeEachHost("a cleared or renamed header is recognised, never replaced by an empty column", () => {
  it("offers to rename Column10 back to 2022 when the 2022 header was cleared, and the amounts count again", async () => {
    const { client } = await setUpFake();
    const before = (await readWith(client)).initiatives[1].effects[2022];
    client.type("BAR!J1", [[""]]);
    const [problem] = await missingOf(client);
    expect(problem).toMatchObject({ column: "2022", renamedTo: "Column10" });
    expect(problem.repair).toEqual({
      kind: "renameColumn",
      table: "BAR_Initiatives",
      from: "Column10",
      to: "2022",
    });
    await repair(client, problem.repair as Repair);
    expect((await readWith(client)).initiatives[1].effects[2022]).toBe(before);
  });

  it("tells two cleared headers apart by where they stand, keeping every status", async () => {
    const { client } = await setUpFake();
    const statuses = (await readWith(client)).initiatives.map((initiative) => initiative.status);
    client.type("BAR!G1", [[""]]);
    client.type("BAR!J1", [[""]]);
    const problems = await missingOf(client);
    expect(problems.map((problem) => [problem.column, problem.renamedTo])).toEqual([
      ["Status", "Column7"],
      ["2022", "Column10"],
    ]);
    for (const problem of problems) await repair(client, problem.repair as Repair);
    const data = await readWith(client);
    expect([data.problems, data.initiatives.map((initiative) => initiative.status)]).toEqual([[], statuses]);
  });

  it("offers no empty column while a column that could be the missing one is there", async () => {
    const { client } = await setUpFake();
    client.type("BAR!J1", [["Gammel"]]);
    const [problem] = await missingOf(client);
    expect(problem).toMatchObject({ column: "2022", renamedTo: "Gammel" });
    expect(problem.repair?.kind).toBe("renameColumn");
  });
});

describe("guessRenamedColumns", () => {
  const specs = columnsOf("initiatives", YEARS);
  const headers = specs.map((spec) => spec.name);
  const known = (header: string) => headers.includes(header);

  it("names both candidates when two unknown columns stand where one is missing", () => {
    const broken = [...headers.slice(0, 9), "A", "B", ...headers.slice(10)];
    const guess = guessRenamedColumns(broken, [], specs, known).get("2022");
    expect(guess).toEqual({ renamedTo: null, candidates: ["A", "B"] });
  });

  it("does not take a column of text for a year", () => {
    const broken = [...headers.slice(0, 9), "Column10", ...headers.slice(10)];
    const rows = [broken.map((_, at) => (at === 9 ? "not an amount" : ""))];
    expect(guessRenamedColumns(broken, rows, specs, known).get("2022")).toEqual({
      renamedTo: null,
      candidates: [],
    });
  });
});
