import type { Page } from "playwright-core";
import { seriousViolations } from "../support/axe";
import { rowTexts, startPreviewSession, type PreviewSession } from "../support/previewPage";

let session: PreviewSession;

beforeAll(async () => {
  session = await startPreviewSession();
});

afterAll(async () => {
  await session?.close();
});

/**
 * A sheet as an analyst keeps one: a title with the unit, a blank row, a Danish header in
 * which one year ("Skøn 2024") is not one BAR recognises, two initiatives and a total.
 */
const SHEET = [
  ["Spareforslag 2021 (1.000 kr.)", "", "", "", "", ""],
  ["", "", "", "", "", ""],
  ["Tiltag", "Myndighedsområde", "B2021", "BO1", "BO2", "Skøn 2024"],
  ["Ny visitation", "Børn og Familie", -500, -1000, -1257, -1500],
  ["Fælles indkøb", "Voksenhandicap", "-", -250, -250, -300],
  ["I alt", "", -500, -1250, -1507, -1800],
];

/** A colleague puts the sheet into the workbook; the pane's user selects it, as before "Brug markering". */
async function putSheet(page: Page): Promise<void> {
  await page.evaluate(async (cells) => {
    type Client = { run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> };
    const preview = (
      window as unknown as {
        barPreview: { coAuthor(name: string): Client; select(sheet: string, a1: string): void };
      }
    ).barPreview;
    await preview.coAuthor("Bo").run(async (context) => {
      context.workbook.worksheets.add("Spareforslag").getRange("A1:F6").values = cells;
      await context.sync();
    });
    preview.select("Spareforslag", "A1:F6");
  }, SHEET);
}

describe("importing initiatives from a sheet in the pane", () => {
  it("reads the selection, takes a corrected column, and shows the imported initiatives in the list", async () => {
    await session.open();
    const { pane, page } = session;
    await putSheet(page);
    await pane.getByRole("tab", { name: "Initiativer" }).click();
    await pane.getByRole("button", { name: "Importér fra ark" }).click();
    await pane.getByRole("button", { name: "Brug markering" }).click();
    await pane.getByText("Læst: Spareforslag!A1:F6 (6 rækker × 6 kolonner).").waitFor();
    const corrected = pane.getByRole("combobox", { name: "Kolonne F (Skøn 2024)" });
    expect(await corrected.inputValue()).toBe("ignore");
    await corrected.selectOption({ label: "2024" });
    await pane.getByText("Række 6 (I alt) er en sumrække og importeres ikke.").waitFor();
    await session.screenshot("import");
    expect(await seriousViolations(page)).toEqual([]);
    await pane.getByRole("button", { name: "Importér 2 initiativer" }).click();
    await pane.getByText("2 initiativer er importeret.").waitFor();
    await pane.getByRole("searchbox").fill("Ny visitation");
    await pane.getByText("Viser 1 af 8").waitFor();
    const row = pane
      .getByRole("row")
      .filter({ has: pane.getByRole("button", { name: "Rediger Ny visitation" }) });
    const cells = await row.getByRole("cell").allInnerTexts();
    // The corrected column is there: 2024's -1.500, in Danish format as every amount.
    expect(cells.slice(-4)).toEqual(["-500", "-1.000", "-1.257", "-1.500"]);
  });

  it("says so when the typed sheet does not exist", async () => {
    await session.open();
    const { pane } = session;
    await pane.getByRole("tab", { name: "Initiativer" }).click();
    await pane.getByRole("button", { name: "Importér fra ark" }).click();
    await pane.getByRole("textbox", { name: "Adresse" }).fill("Budget!A1:H40");
    await pane.getByRole("button", { name: "Læs" }).click();
    await pane.getByText('Arket "Budget" findes ikke i projektmappen.', { exact: false }).waitFor();
    expect(await pane.getByRole("button", { name: /^Importér \d/ }).count()).toBe(0);
  });

  it("reads a bare address on the active sheet and names the sheet", async () => {
    await session.open();
    const { pane, page } = session;
    await putSheet(page);
    await pane.getByRole("tab", { name: "Initiativer" }).click();
    await pane.getByRole("button", { name: "Importér fra ark" }).click();
    await pane.getByRole("textbox", { name: "Adresse" }).fill("A3:F5");
    await pane.getByRole("button", { name: "Læs" }).click();
    await pane.getByText("A3:F5 er læst på det aktive ark, Spareforslag.").waitFor();
    expect(await rowTexts(pane, "Ny visitation")).toEqual([
      "Børn og Familie",
      "-500",
      "-1.000",
      "-1.257",
      "-",
    ]);
  });
});
