import { FakeWorkbook, type FakeExcelClient } from "../../../src/preview/officeFake/fakeExcel";
import { bindHyperFormula, toBlocks } from "../../../src/preview/hyperformula/hyperFormulaEvaluator";

/** A workbook with HyperFormula bound, one sheet "Ark1" and one client. */
function evaluatedWorkbook(): { workbook: FakeWorkbook; client: FakeExcelClient } {
  const workbook = new FakeWorkbook();
  workbook.model.addSheet("Ark1");
  bindHyperFormula(workbook.model);
  return { workbook, client: workbook.createClient("Anna") };
}

/** Writes formulas (or values) through Office.js and reads the evaluated values back in a second batch. */
async function writeAndRead(client: FakeExcelClient, address: string, formulas: unknown[][], read: string) {
  await client.run(async (context) => {
    context.workbook.worksheets.getItem("Ark1").getRange(address).formulas = formulas as string[][];
    await context.sync();
  });
  return client.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Ark1").getRange(read).load("values");
    await context.sync();
    return range.values;
  });
}

describe("HyperFormula behind the fake", () => {
  it("gives a formula's value through range.values", async () => {
    const { client } = evaluatedWorkbook();
    expect(await writeAndRead(client, "A1:C1", [[2, 3, "=SUM(A1:B1)"]], "C1")).toEqual([[5]]);
  });

  it("evaluates BAR functions and spills their results into the neighbouring cells", async () => {
    const { client } = evaluatedWorkbook();
    const values = await writeAndRead(
      client,
      "A1:D3",
      [
        [-2000, -3000, -5000, -7000],
        [-2000, -2280, -2280, -2280],
        ['=BAR.CARRYFORWARD(A1:D1,A2:D2,"none")', "", "", ""],
      ],
      "A3:D3",
    );
    expect(values).toEqual([[0, -720, -2720, -4720]]);
  });

  it("treats a cell written with an empty string as empty, so it does not block a spill", async () => {
    const { client } = evaluatedWorkbook();
    expect(await writeAndRead(client, "A1:C1", [["=SEQUENCE(1,3)", "", ""]], "A1:C1")).toEqual([[1, 2, 3]]);
  });

  it("shows #SPILL! when a value is in the way", async () => {
    const { client } = evaluatedWorkbook();
    expect(await writeAndRead(client, "A1:C1", [["=SEQUENCE(1,3)", "", "x"]], "A1")).toEqual([["#SPILL!"]]);
  });

  it("keeps text that looks like a number or formula as text", async () => {
    const { client } = evaluatedWorkbook();
    await client.run(async (context) => {
      const cells = context.workbook.worksheets.getItem("Ark1").getRange("A1:B1");
      cells.numberFormat = [["@", "@"]];
      cells.values = [["'=1+1", "'12"]];
      await context.sync();
    });
    expect(await writeAndRead(client, "C1", [["=ISTEXT(B1)"]], "A1:C1")).toEqual([["=1+1", "12", true]]);
  });

  it("recalculates when a cell the formula reads is typed into", async () => {
    const { workbook, client } = evaluatedWorkbook();
    await writeAndRead(client, "A1:B1", [[1, "=A1*10"]], "B1");
    client.type("Ark1!A1", [[4]]);
    expect(workbook.valueAt("Ark1!B1")).toBe(40);
  });

  it("shows a formula written earlier in the same batch", async () => {
    const { client } = evaluatedWorkbook();
    const values = await client.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Ark1").getRange("A1:B1");
      range.formulas = [[5, "=A1+1"]];
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([[5, 6]]);
  });

  it("resolves a link to a sheet added after the formula, like a BAR_Measures link", async () => {
    const { workbook, client } = evaluatedWorkbook();
    client.type("Ark1!A1", [["=Budget!D12"]]);
    await client.run(async (context) => {
      context.workbook.worksheets.add("Budget").getRange("D12").values = [[-1234]];
      await context.sync();
    });
    expect(workbook.valueAt("Ark1!A1")).toBe(-1234);
  });

  it("shows an empty cell a formula refers to as 0, as Excel does", () => {
    const { workbook, client } = evaluatedWorkbook();
    client.type("Ark1!A1", [["=Z99"]]);
    expect(workbook.valueAt("Ark1!A1")).toBe(0);
  });

  it("gives errors as Excel's error codes", () => {
    const { workbook, client } = evaluatedWorkbook();
    client.type("Ark1!A1", [["=1/0"]]);
    expect(workbook.valueAt("Ark1!A1")).toBe("#DIV/0!");
  });

  it("copies in the cells that were there before it was bound", () => {
    const workbook = new FakeWorkbook();
    workbook.model.addSheet("Ark1");
    workbook.createClient().type("Ark1!A1:B1", [[3, "=A1*2"]]);
    bindHyperFormula(workbook.model);
    expect(workbook.valueAt("Ark1!B1")).toBe(6);
  });

  it("follows a renamed sheet", async () => {
    const { workbook, client } = evaluatedWorkbook();
    client.type("Ark1!A1:B1", [[3, "=A1*2"]]);
    await client.run(async (context) => {
      context.workbook.worksheets.getItem("Ark1").name = "Model";
      await context.sync();
    });
    client.type("Model!A1", [[5]]);
    expect(workbook.valueAt("Model!B1")).toBe(10);
  });

  it("recalculates after a range is cleared", async () => {
    const { workbook, client } = evaluatedWorkbook();
    client.type("Ark1!A1:B1", [[3, "=A1*2"]]);
    await client.run(async (context) => {
      context.workbook.worksheets.getItem("Ark1").getRange("A1").clear("Contents");
      await context.sync();
    });
    expect(workbook.valueAt("Ark1!B1")).toBe(0);
  });
});

describe("toBlocks", () => {
  const change = (row: number, column: number, value: number) => ({
    sheet: "S",
    row,
    column,
    value,
    formula: null,
  });

  it("groups a range write into one rectangle", () => {
    const blocks = toBlocks([change(0, 0, 1), change(0, 1, 2), change(1, 0, 3), change(1, 1, 4)]);
    expect(blocks).toEqual([
      {
        sheet: "S",
        row: 0,
        column: 0,
        contents: [
          [1, 2],
          [3, 4],
        ],
      },
    ]);
  });

  it("keeps writes to the same cell in order, so the last one wins", () => {
    const blocks = toBlocks([change(0, 0, 1), change(0, 0, 2)]);
    expect(blocks.map((block) => block.contents)).toEqual([[[1]], [[2]]]);
  });

  it("starts a new rectangle where the rows do not line up", () => {
    const blocks = toBlocks([change(0, 0, 1), change(0, 1, 2), change(1, 1, 3)]);
    expect(blocks.map((block) => [block.row, block.column])).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });
});
