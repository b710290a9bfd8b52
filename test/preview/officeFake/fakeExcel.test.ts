import { tableOnSheet } from "../../support/tableOnSheet";
import { FakeWorkbook, type FakeExcelClient } from "../../../src/preview/officeFake/fakeExcel";
import type { FormulaEvaluator } from "../../../src/preview/officeFake/formulaEvaluator";
import { hostProfile, type HostProfile } from "../../../src/preview/officeFake/host/hostProfile";

function sheetWithTable(profile: HostProfile = hostProfile("web")) {
  return tableOnSheet(
    "T",
    [
      ["Id", "Name"],
      ["1", "Første"],
    ],
    profile,
  );
}

describe("load and sync", () => {
  it("throws PropertyNotLoaded when a property is read before sync", async () => {
    const { client } = sheetWithTable();
    await client.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Ark1").getRange("A1").load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
    });
  });

  it("throws PropertyNotLoaded for a property that was never loaded", async () => {
    const { client } = sheetWithTable();
    await client.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Ark1").getRange("A1").load("values");
      await context.sync();
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("gives a missing item as a null object, known after sync", async () => {
    const { client } = sheetWithTable();
    await client.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject("Nope");
      // eslint-disable-next-line office-addins/call-sync-before-read -- reading too early is what this test checks
      expect(() => table.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(table.isNullObject).toBe(true);
    });
  });

  it("fails the batch for a range of a possible null object before its isNullObject is known", async () => {
    const { client } = sheetWithTable();
    await expect(
      client.run(async (context) => {
        context.workbook.tables.getItemOrNullObject("Nope").getDataBodyRange().load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
  });

  it("allows a range of a null object once its isNullObject is known", async () => {
    const { client } = sheetWithTable();
    const found = await client.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject("T");
      await context.sync();
      const body = table.getDataBodyRange().load("values");
      await context.sync();
      return body.values;
    });
    expect(found).toEqual([[1, "Første"]]);
  });

  it("makes ranges of a null object null objects too, outside strict mode", async () => {
    const { client } = sheetWithTable(hostProfile("web", { strictNullObjects: false }));
    await client.run(async (context) => {
      const body = context.workbook.tables.getItemOrNullObject("Nope").getDataBodyRange().load("values");
      await context.sync();
      expect(body.isNullObject).toBe(true);
    });
  });

  it("fails the sync with ItemNotFound for getItem of a missing table", async () => {
    const { client } = sheetWithTable();
    await expect(
      client.run(async (context) => {
        context.workbook.tables.getItem("Nope").getRange().load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("queues writes until sync", async () => {
    const { workbook, client } = sheetWithTable();
    await client.run(async (context) => {
      context.workbook.worksheets.getItem("Ark1").getRange("C1").values = [["x"]];
      expect(workbook.valueAt("Ark1!C1")).toBe("");
      await context.sync();
      expect(workbook.valueAt("Ark1!C1")).toBe("x");
    });
  });

  it("counts syncs per context", async () => {
    const { client } = sheetWithTable();
    const context = client.newContext();
    await context.sync();
    await context.sync();
    expect(context.syncCount).toBe(2);
  });

  it("fixes a range to its place when its batch runs", async () => {
    const { workbook, client } = sheetWithTable();
    await client.run(async (context) => {
      const table = context.workbook.tables.getItem("T");
      const below = table.getDataBodyRange().getLastRow().getOffsetRange(1, 0);
      below.values = [["2", "Anden"]];
      table.resize(table.getRange().getBoundingRect(below));
      const body = table.getDataBodyRange().load("address");
      await context.sync();
      expect(body.address).toBe("Ark1!A2:B3");
    });
    expect(workbook.valueAt("Ark1!B3")).toBe("Anden");
  });
});

describe("cell input", () => {
  it.each([
    ["=1+1", "formula"],
    ["+45 1234", "formula"],
    ["@foo", "formula"],
    ["-1257", "number"],
    ["-", "text"],
    ["abc", "text"],
  ])("turns %p written to a General cell into a %s", async (input, kind) => {
    const { workbook, client } = sheetWithTable();
    client.type("Ark1!D1", [[input]]);
    const cell = workbook.model.cell(workbook.model.sheets[0].id, 0, 3);
    const found = cell?.formula ? "formula" : typeof cell?.value === "number" ? "number" : "text";
    expect(found).toBe(kind);
  });

  it("makes a formula of a formula-looking value even in a text-formatted cell (strict)", async () => {
    const { workbook, client } = sheetWithTable();
    await client.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Ark1").getRange("D1");
      cell.numberFormat = [["@"]];
      cell.values = [['=HYPERLINK("x")']];
      await context.sync();
    });
    expect(workbook.model.cell(workbook.model.sheets[0].id, 0, 3)?.formula).toBe('=HYPERLINK("x")');
  });

  it("keeps a formula-looking value as text in a text-formatted cell where the profile says so", async () => {
    const { workbook, client } = sheetWithTable(hostProfile("web", { textFormatKeepsFormulaText: true }));
    await client.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Ark1").getRange("D1");
      cell.numberFormat = [["@"]];
      cell.values = [['=HYPERLINK("x")']];
      await context.sync();
    });
    expect(workbook.valueAt("Ark1!D1")).toBe('=HYPERLINK("x")');
  });

  it("drops one leading apostrophe, as Excel's text prefix", () => {
    const { workbook, client } = sheetWithTable();
    client.type("Ark1!D1", [["''quoted"]]);
    expect(workbook.valueAt("Ark1!D1")).toBe("'quoted");
  });

  it("refuses values that do not fit the range", async () => {
    const { client } = sheetWithTable();
    await expect(
      client.run(async (context) => {
        context.workbook.worksheets.getItem("Ark1").getRange("A1:B1").values = [["only one"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("tables", () => {
  it("gives a header-only table one blank body row", async () => {
    const workbook = new FakeWorkbook();
    const client = workbook.createClient();
    workbook.model.addSheet("Ark1");
    await client.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Ark1");
      sheet.getRange("A1:B1").values = [["Id", "Name"]];
      const body = sheet.tables.add("A1:B1", true).getDataBodyRange().load("address");
      await context.sync();
      expect(body.address).toBe("Ark1!A2:B2");
    });
  });

  it("names blank and repeated header cells as Excel does", () => {
    const { workbook, client } = sheetWithTable();
    client.type("Ark1!A1:B1", [["Name", ""]]);
    expect(workbook.model.tables.columnNames(workbook.model.tables.all()[0])).toEqual(["Name", "Column2"]);
  });

  it("refuses a table over another table", async () => {
    const { client } = sheetWithTable();
    await expect(
      client.run(async (context) => {
        context.workbook.worksheets.getItem("Ark1").tables.add("B1:C3", true);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("has no TableRowCollection.add, so rows cannot be added that way", async () => {
    const { client } = sheetWithTable();
    await client.run(async (context) => {
      expect("add" in context.workbook.tables.getItem("T").rows).toBe(false);
      await context.sync();
    });
  });
});

describe("co-authors and events", () => {
  it("delivers a change as Local to its author and Remote to the others", async () => {
    const { workbook, client: anna } = sheetWithTable();
    const bo = workbook.createClient("Bo");
    const heard: string[] = [];
    // Each listener also resolves `delivered` with its first event, so the test awaits the events themselves.
    const listen = async (client: FakeExcelClient, name: string): Promise<{ delivered: Promise<void> }> => {
      let first: () => void = () => undefined;
      const delivered = new Promise<void>((resolve) => (first = resolve));
      await client.run(async (context) => {
        context.workbook.tables.getItem("T").onChanged.add(async (event) => {
          heard.push(`${name}:${event.source}`);
          first();
        });
        await context.sync();
      });
      // Wrapped: an async function returning the promise itself would wait for the event.
      return { delivered };
    };
    const delivered = [(await listen(anna, "Anna")).delivered, (await listen(bo, "Bo")).delivered];
    await bo.run(async (context) => {
      context.workbook.worksheets.getItem("Ark1").getRange("B2").values = [["Ændret"]];
      await context.sync();
    });
    await Promise.all(delivered);
    expect(heard.sort()).toEqual(["Anna:Remote", "Bo:Local"]);
  });

  it("lets two clients' batches interleave between their syncs", async () => {
    const { workbook, client: anna } = sheetWithTable();
    const bo = workbook.createClient("Bo");
    const order: string[] = [];
    const write = (client: FakeExcelClient, name: string) =>
      client.run(async (context) => {
        const cell = context.workbook.worksheets.getItem("Ark1").getRange("C1").load("values");
        await context.sync();
        order.push(`${name} saw ${cell.values[0][0] || "blank"}`);
        cell.values = [[name]];
        await context.sync();
      });
    await Promise.all([write(anna, "Anna"), write(bo, "Bo")]);
    expect(order).toEqual(["Anna saw blank", "Bo saw blank"]);
  });

  it("counts a batch run with calculation suspended", async () => {
    const { workbook, client } = sheetWithTable();
    await client.run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      await context.sync();
      await context.sync();
    });
    expect(workbook.model.suspendedBatches).toBe(1);
  });
});

describe("formulas", () => {
  it("shows a single-cell reference's value without an evaluator", () => {
    const { workbook, client } = sheetWithTable();
    client.type("Ark1!D1:E1", [[42, "=D1"]]);
    expect(workbook.valueAt("Ark1!E1")).toBe(42);
  });

  it("shows #NAME? for other formulas without an evaluator", () => {
    const { workbook, client } = sheetWithTable();
    client.type("Ark1!D1", [["=SUM(1,2)"]]);
    expect(workbook.valueAt("Ark1!D1")).toBe("#NAME?");
  });

  it("asks a plugged-in evaluator for formula values and tells it about changes", () => {
    const { workbook, client } = sheetWithTable();
    const changed: string[] = [];
    const evaluator: FormulaEvaluator = {
      evaluate: (formula) => `evaluated ${formula}`,
      cellsChanged: (changes) =>
        changed.push(...changes.map((change) => `${change.sheet}!${change.row},${change.column}`)),
    };
    workbook.model.evaluator = evaluator;
    client.type("Ark1!D1", [["=SUM(1,2)"]]);
    expect([workbook.valueAt("Ark1!D1"), changed]).toEqual(["evaluated =SUM(1,2)", ["Ark1!0,3"]]);
  });
});
