import { rowTexts, startPreviewSession, type PreviewSession } from "../support/previewPage";

let session: PreviewSession;

beforeAll(async () => {
  session = await startPreviewSession();
});

afterAll(async () => {
  await session?.close();
});

/** A co-author (another client on the same workbook) sets one year of one initiative, by name. */
async function coAuthorSets(name: string, year: string, value: number): Promise<void> {
  await session.page.evaluate(
    async ([initiative, column, amount]) => {
      type Client = { run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> };
      const preview = (window as unknown as { barPreview: { coAuthor(name: string): Client } }).barPreview;
      await preview.coAuthor("Bo").run(async (context) => {
        const table = context.workbook.tables.getItem("BAR_Initiatives");
        const header = table.getHeaderRowRange().load("values");
        const body = table.getDataBodyRange().load("values");
        await context.sync();
        const names = header.values[0] as string[];
        const row = body.values.findIndex((cells) => cells[names.indexOf("Name")] === initiative);
        body.getCell(row, names.indexOf(column)).values = [[amount]];
        await context.sync();
      });
    },
    [name, year, value] as const,
  );
}

describe("co-authoring in the pane", () => {
  it("shows a co-author's edit without a reload", async () => {
    await session.open();
    const { pane } = session;
    await pane.getByRole("heading", { name: /^Reduktionsmål: / }).waitFor();
    await coAuthorSets("Kontraktgrundlag", "2022", -720);
    await pane.getByText("Projektmappen er ændret af en anden; visningen er opdateret.").waitFor();
    await pane.getByRole("cell", { name: "-7.440" }).waitFor();
    expect(await rowTexts(pane, "Netto-udestående med overførsel")).toEqual(["0", "0", "-2.720", "-7.440"]);
  });

  it("shows both versions when a co-author changed the same year meanwhile, and keeps mine on request", async () => {
    await session.open();
    const { pane } = session;
    await pane.getByRole("tab", { name: "Initiativer" }).click();
    await pane.getByRole("button", { name: "Rediger Kontraktgrundlag" }).click();
    await pane.getByRole("textbox", { name: "2023" }).fill("-2.720");
    await coAuthorSets("Kontraktgrundlag", "2023", -100);
    await pane.getByRole("button", { name: "Gem" }).click();
    await pane.getByRole("heading", { name: "En anden har ændret det samme" }).waitFor();
    await session.screenshot("conflict");
    await pane.getByRole("button", { name: "Behold min" }).click();
    await pane.getByText("Gemt.").waitFor();
    await pane.getByRole("tab", { name: "Oversigt" }).click();
    await pane.getByRole("cell", { name: "-5.440" }).waitFor();
    expect(await rowTexts(pane, "Netto-udestående uden overførsel")).toEqual(["0", "-720", "0", "-4.720"]);
  });
});
