import { readBack } from "../../src/excel/cells";
import { defaultSettings } from "../../src/excel/schema";
import { toStatusReport } from "../../src/excel/toStatusReport";
import { writeStatusReport } from "../../src/excel/writeStatusReport";
import { toExcelNamespace } from "../../src/preview/officeFake/excelEnums";
import { describeEachHost, readWith, setUpFake } from "../support/fakeExcel";
import { ENGLISH_REPORT_TEXTS, REPORT_TEXTS } from "../support/reportTexts";

const SETTINGS = defaultSettings(2025);
const globals = globalThis as { Excel?: unknown };
afterEach(() => {
  delete globals.Excel;
});
const SEPTEMBER_1 = new Date(2024, 8, 1, 9);

async function dateLine(now: Date, texts = REPORT_TEXTS) {
  const { client } = await setUpFake({ settings: SETTINGS });
  const { rows } = toStatusReport(await readWith(client), texts, { row: 0, column: 0 }, now);
  return rows[1].map((cell) => readBack(cell));
}

describe("the status report's milestone", () => {
  it("states the next milestone on its date beside the date", async () => {
    expect((await dateLine(SEPTEMBER_1)).slice(0, 3)).toEqual([
      "Opgjort pr.",
      45536,
      "Til: Økonomiudvalget, 1. behandling",
    ]);
  });

  it("states it in English for an English report", async () => {
    expect((await dateLine(SEPTEMBER_1, ENGLISH_REPORT_TEXTS))[2]).toBe(
      "For: Finance committee, First reading",
    );
  });

  it("counts a milestone on the report's own date as the one it is for", async () => {
    expect((await dateLine(new Date(2024, 8, 19, 8)))[2]).toBe("Til: Kommunalbestyrelsen, 1. behandling");
  });

  it("states none after the calendar's last milestone", async () => {
    expect((await dateLine(new Date(2024, 9, 16)))[2]).toBe("");
  });
});

describeEachHost("writeStatusReport with the budget calendar", () => {
  it("writes the milestone as text beside the date", async () => {
    const { workbook, client } = await setUpFake({ settings: SETTINGS });
    globals.Excel = toExcelNamespace(client);
    const data = await readWith(client);
    await client.run((context) => writeStatusReport(context, data, REPORT_TEXTS, SEPTEMBER_1));
    expect(workbook.valueAt("'BAR Status'!C2")).toBe("Til: Økonomiudvalget, 1. behandling");
  });
});
