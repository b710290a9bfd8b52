import { createBarStore } from "../../../src/excel/barStore";
import { createPreview } from "../../../src/preview/app/createPreview";
import { readPreviewOptions } from "../../../src/preview/app/previewOptions";
import type { FakeExcelClient } from "../../../src/preview/officeFake/fakeExcel";
import { SEED_002_NET_WITH_CARRY } from "../../fixtures/seed002";

/** Registers a handler on BAR_Initiatives' onChanged; resolves with the source of the first change it hears. */
async function nextChange(client: FakeExcelClient): Promise<{ heard: Promise<string> }> {
  let heard: (source: string) => void = () => undefined;
  const change = new Promise<string>((resolve) => (heard = resolve));
  await client.run(async (context) => {
    context.workbook.tables.getItem("BAR_Initiatives").onChanged.add(async (event) => heard(event.source));
    await context.sync();
  });
  // Wrapped: an async function returning the promise itself would wait for the change.
  return { heard: change };
}

const seedPreview = async (query = "") => {
  const preview = createPreview(readPreviewOptions(query));
  await preview.ready;
  return preview;
};

describe("createPreview", () => {
  it("opens with the seed example set up on the BAR sheet, after a first empty sheet", async () => {
    expect((await seedPreview()).sheetNames()).toEqual(["Ark1", "BAR"]);
  });

  it("names the first sheet as Excel does in English", async () => {
    expect((await seedPreview("?lang=en-US&workbook=empty")).sheetNames()).toEqual(["Sheet1"]);
  });

  it("selects cells for the pane's Excel, as Use selection reads them", async () => {
    const preview = await seedPreview();
    const pane = preview.connectPane();
    preview.select("Ark1", "B2:D4");
    const address = await pane.run(async (context) => {
      const range = context.workbook.getSelectedRange().load("address");
      await context.sync();
      return range.address;
    });
    expect(address).toBe("Ark1!B2:D4");
  });

  it("leaves an empty workbook empty", async () => {
    const preview = await seedPreview("?workbook=empty");
    expect(preview.workbook.model.tables.all()).toEqual([]);
  });

  it("adds generated initiatives through the store", async () => {
    const preview = await seedPreview("?initiatives=25");
    const store = createBarStore({ run: preview.coAuthor("Test").run, user: () => "Test" });
    expect(
      (await store.read()).initiatives.filter((initiative) => initiative.id.startsWith("GEN-")),
    ).toHaveLength(25);
  });

  it("writes the change log in the name given by user", async () => {
    const preview = await seedPreview("?user=Karin");
    const store = createBarStore({ run: preview.coAuthor("Test").run, user: () => "Test" });
    expect((await store.readChangeLog()).every((entry) => entry.by === "Karin")).toBe(true);
  });

  it("gives evaluated values and formulas by sheet and A1 range", async () => {
    const preview = await seedPreview();
    preview.typeInto("Ark1", "A1", 2);
    preview.typeInto("Ark1", "B1", "=A1*21");
    expect([preview.values("Ark1", "A1:B1"), preview.formulas("Ark1", "A1:B1")]).toEqual([
      [[2, 42]],
      [[2, "=A1*21"]],
    ]);
  });

  it("evaluates BAR functions typed into the workbook", async () => {
    const preview = await seedPreview();
    preview.typeInto("Ark1", "A1", "-2000");
    preview.typeInto("Ark1", "A2", "-2000");
    preview.typeInto("Ark1", "B1", "-3000");
    preview.typeInto("Ark1", "B2", "-2280");
    preview.typeInto("Ark1", "A3", '=BAR.CARRYFORWARD(A1:B1,A2:B2,"release")');
    expect(preview.values("Ark1", "A3:B3")).toEqual([[0, SEED_002_NET_WITH_CARRY[1]]]);
  });

  it("says which sheet is missing", async () => {
    const preview = await seedPreview();
    expect(() => preview.values("Budget", "A1")).toThrow('The preview\'s workbook has no sheet "Budget".');
  });

  it("delivers a typed edit to the pane as Local and a co-author's as Remote", async () => {
    const preview = await seedPreview();
    const heard: string[] = [];
    const pane = preview.connectPane();
    // The co-author listens too: the workbook hands an event to every client at once, so
    // once Bo has heard the edit, every handler has had it.
    const { heard: boHeard } = await nextChange(preview.coAuthor("Bo"));
    await pane.run(async (context) => {
      context.workbook.tables.getItem("BAR_Initiatives").onChanged.add(async (event) => {
        heard.push(`pane:${event.source}`);
      });
      await context.sync();
    });
    preview.typeInto("BAR", "C2", "Nyt navn");
    expect(await boHeard).toBe("Remote");
    expect(heard).toEqual(["pane:Local"]);
  });

  it("gives the same co-author client for the same name", async () => {
    const preview = await seedPreview("?workbook=empty");
    expect(preview.coAuthor("Bo")).toBe(preview.coAuthor("Bo"));
  });

  it("closes the previous pane client when the pane connects again", async () => {
    const preview = await seedPreview();
    const heard = jest.fn();
    await preview.connectPane().run(async (context) => {
      context.workbook.tables.getItem("BAR_Initiatives").onChanged.add(async () => heard());
      await context.sync();
    });
    // The new pane client listens: once it has heard Bo's edit, the old one would have too.
    const { heard: paneHeard } = await nextChange(preview.connectPane());
    preview.coAuthor("Bo").type("BAR!C2", [["Ændret"]]);
    expect(await paneHeard).toBe("Remote");
    expect(heard).not.toHaveBeenCalled();
  });
});
