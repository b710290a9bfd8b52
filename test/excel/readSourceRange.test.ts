import { readSourceRange } from "../../src/excel/readSourceRange";
import type { FakeExcelClient, FakeWorkbook } from "../../src/preview/officeFake/fakeExcel";
import { describeEachHost, newWorkbook } from "../support/fakeExcel";

/** A workbook with Ark1 (empty) and "Spare forslag" holding a title and a small table from B3. */
function sourceWorkbook(overrides = {}): { workbook: FakeWorkbook; client: FakeExcelClient } {
  const workbook = newWorkbook(overrides);
  workbook.model.addSheet("Ark1");
  const client = workbook.createClient("Anna");
  workbook.model.addSheet("Spare forslag");
  client.type("'Spare forslag'!B1", [["Forslag (1.000 kr.)"]]);
  client.type("'Spare forslag'!B3:D5", [
    ["Navn", "2025", "2026"],
    ["Kontraktgrundlag", -100, "-"],
    ["Takstgruppe", -50, -60],
  ]);
  return { workbook, client };
}

const syncs = (client: FakeExcelClient) => client.contexts.at(-1)?.syncCount;

describeEachHost("reading the source of an import", () => {
  it("reads the selection's used cells, values and number formats, in one round trip", async () => {
    const { client } = sourceWorkbook();
    client.select("'Spare forslag'!A1:F20");
    const result = await client.run((context) => readSourceRange(context, "selection"));
    expect(result).toEqual({
      status: "read",
      sheet: "Spare forslag",
      onActiveSheet: false,
      grid: {
        address: "'Spare forslag'!B1:D5",
        firstRow: 1,
        columns: ["B", "C", "D"],
        values: [
          ["Forslag (1.000 kr.)", "", ""],
          ["", "", ""],
          ["Navn", 2025, 2026],
          ["Kontraktgrundlag", -100, "-"],
          ["Takstgruppe", -50, -60],
        ],
        numberFormats: Array.from({ length: 5 }, () => ["General", "General", "General"]),
      },
    });
    expect(syncs(client)).toBe(1);
  });

  it("reads whole selected columns without the empty rows below", async () => {
    const { client } = sourceWorkbook();
    client.select("'Spare forslag'!A:XFD");
    const result = await client.run((context) => readSourceRange(context, "selection"));
    expect(result.status === "read" && result.grid.address).toBe("'Spare forslag'!B1:D5");
  });

  it("reads a typed address with its sheet", async () => {
    const { client } = sourceWorkbook();
    const result = await client.run((context) => readSourceRange(context, "'Spare forslag'!B3:C4"));
    expect(result).toMatchObject({
      status: "read",
      onActiveSheet: false,
      grid: {
        address: "'Spare forslag'!B3:C4",
        firstRow: 3,
        values: [
          ["Navn", 2025],
          ["Kontraktgrundlag", -100],
        ],
      },
    });
  });

  it("reads a bare address on the active sheet and says so", async () => {
    const { client } = sourceWorkbook();
    client.select("'Spare forslag'!A1");
    const result = await client.run((context) => readSourceRange(context, "B3:D4"));
    expect(result).toMatchObject({ status: "read", sheet: "Spare forslag", onActiveSheet: true });
    expect(syncs(client)).toBe(1);
  });

  it("says which sheet is not there, in two round trips", async () => {
    const { client } = sourceWorkbook();
    const result = await client.run((context) => readSourceRange(context, "Budget!A1:H40"));
    expect([result, syncs(client)]).toEqual([{ status: "sheetMissing", sheet: "Budget" }, 2]);
  });

  it("refuses what is not an address without asking Excel", async () => {
    const { client } = sourceWorkbook();
    const results = [];
    for (const source of ["", "Ark1!", "hele arket", "A0:B2"])
      results.push(await client.run((context) => readSourceRange(context, source)));
    expect(results.map((result) => result.status)).toEqual(Array(4).fill("notAnAddress"));
    expect(client.contexts.map((context) => context.syncCount)).toEqual([0, 0, 0, 0]);
  });

  it("says when several ranges are selected", async () => {
    const { client } = sourceWorkbook();
    client.select("'Spare forslag'!B3:C4", "'Spare forslag'!D3:D4");
    expect(await client.run((context) => readSourceRange(context, "selection"))).toEqual({
      status: "multipleSelection",
    });
  });

  it("says when the range holds nothing", async () => {
    const { client } = sourceWorkbook();
    expect(await client.run((context) => readSourceRange(context, "Ark1!A1:H40"))).toEqual({
      status: "empty",
      address: "Ark1!A1:H40",
    });
  });
});

describe("reading a source over the web's payload limit", () => {
  it("reads the values in blocks, without number formats", async () => {
    const { client } = sourceWorkbook({ payloadLimitBytes: 600 });
    const rows = Array.from({ length: 40 }, (_, at) => [`Initiativ nummer ${at}`, -at]);
    client.type("Ark1!A1:B41", [["Navn", "2025"], ...rows]);
    const result = await client.run((context) => readSourceRange(context, "Ark1!A1:B41"));
    expect(result.status === "read" && [result.grid.values.length, result.grid.numberFormats]).toEqual([
      41,
      null,
    ]);
    expect(result.status === "read" && result.grid.values[40]).toEqual(["Initiativ nummer 39", -39]);
  });
});
