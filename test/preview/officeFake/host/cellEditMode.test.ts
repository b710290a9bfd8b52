import { FakeWorkbook } from "../../../../src/preview/officeFake/fakeExcel";

function workbookWithSheet() {
  const workbook = new FakeWorkbook();
  workbook.model.addSheet("Ark1");
  return { workbook, client: workbook.createClient("Anna") };
}

const writeA1 = (context: Excel.RequestContext) => {
  context.workbook.worksheets.getItem("Ark1").getRange("A1").values = [[1]];
  return context.sync();
};

const writeB1 = (context: Excel.RequestContext) => {
  context.workbook.worksheets.getItem("Ark1").getRange("B1").values = [[2]];
  return context.sync();
};

describe("cell-edit mode", () => {
  it("fails a batch with InvalidOperationInCellEditMode while the user types in a cell", async () => {
    const { client } = workbookWithSheet();
    client.cellEdit.enter();
    await expect(client.run(writeA1)).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });

  it("holds a batch run with delayForCellEdit until the user leaves the cell, then runs it", async () => {
    const { workbook, client } = workbookWithSheet();
    client.cellEdit.enter();
    const run = client.run({ delayForCellEdit: true }, writeA1).then(() => "ran");
    // A co-author's batch of the same steps, started later and not held (editing is per
    // Excel instance): it cannot finish first unless the user's batch is held.
    const control = workbook
      .createClient("Bo")
      .run({ delayForCellEdit: true }, writeB1)
      .then(() => "held");
    expect([await Promise.race([run, control]), workbook.valueAt("Ark1!A1")]).toEqual(["held", ""]);
    client.cellEdit.leave();
    expect([await run, workbook.valueAt("Ark1!A1")]).toEqual(["ran", 1]);
  });

  it("runs a batch at once when the user is not editing", async () => {
    const { workbook, client } = workbookWithSheet();
    await client.run(writeA1);
    expect(workbook.valueAt("Ark1!A1")).toBe(1);
  });

  it("is per Excel instance: a co-author's editing does not hold this user's batch", async () => {
    const { workbook, client } = workbookWithSheet();
    workbook.createClient("Bo").cellEdit.enter();
    await client.run(writeA1);
    expect(workbook.valueAt("Ark1!A1")).toBe(1);
  });
});
