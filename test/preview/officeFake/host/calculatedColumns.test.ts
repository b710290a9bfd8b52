import { tableOnSheet } from "../../../support/tableOnSheet";
import { FakeWorkbook, type FakeExcelClient } from "../../../../src/preview/officeFake/fakeExcel";
import { calculatedColumnFill, shiftRows } from "../../../../src/preview/officeFake/host/calculatedColumns";
import { hostProfile, type HostKind } from "../../../../src/preview/officeFake/host/hostProfile";

function measures(host: HostKind) {
  return tableOnSheet(
    "M",
    [
      ["Measure", "2021", "2022"],
      ["headroom", "", ""],
      ["cash", "", ""],
    ],
    hostProfile(host),
  );
}

async function setFormulas(client: FakeExcelClient, address: string, formulas: string[][]): Promise<void> {
  await client.run(async (context) => {
    context.workbook.worksheets.getItem("Ark1").getRange(address).formulas = formulas;
    await context.sync();
  });
}

const formulaAt = (workbook: FakeWorkbook, row: number, column: number) =>
  workbook.model.cell(workbook.model.sheets[0].id, row, column)?.formula ?? null;

describe("calculated columns", () => {
  it.each<HostKind>(["windows", "mac"])(
    "on %s, fills the other rows of an empty column with a formula written into one cell",
    async (host) => {
      const { workbook, client } = measures(host);
      await setFormulas(client, "B2:C2", [["=Model!B2", "=Model!C2"]]);
      expect([formulaAt(workbook, 2, 1), formulaAt(workbook, 2, 2)]).toEqual(["=Model!B3", "=Model!C3"]);
    },
  );

  it("on the web, leaves the other rows alone", async () => {
    const { workbook, client } = measures("web");
    await setFormulas(client, "B2:C2", [["=Model!B2", "=Model!C2"]]);
    expect(formulaAt(workbook, 2, 1)).toBeNull();
  });

  it("leaves a column alone that already holds data in another row", async () => {
    const { workbook, client } = measures("windows");
    client.type("Ark1!B3:C3", [["-", "-"]]);
    await setFormulas(client, "B2:C2", [["=Model!B2", "=Model!C2"]]);
    expect(workbook.valueAt("Ark1!B3")).toBe("-");
    expect(formulaAt(workbook, 2, 1)).toBeNull();
  });

  it("gives a new row of the table the column's formula where it is blank", async () => {
    const { workbook, client } = measures("windows");
    await setFormulas(client, "B2:C2", [["=Model!B2", "=Model!C2"]]);
    await client.run(async (context) => {
      context.workbook.worksheets.getItem("Ark1").getRange("A4:C4").values = [["debt", "", 7]];
      await context.sync();
    });
    expect([formulaAt(workbook, 3, 1), workbook.valueAt("Ark1!C4")]).toEqual(["=Model!B4", 7]);
  });

  it("moves relative row numbers and keeps anchored ones and text", () => {
    expect(shiftRows('=A1+$B$2+B$3+Model!C4&"D5"', 2)).toBe('=A3+$B$2+B$3+Model!C6&"D5"');
  });

  it("fills nothing when the written rows are the whole column", () => {
    expect(calculatedColumnFill([{ formula: "=A1", blank: false }], { from: 0, to: 1 })).toEqual([]);
  });
});
