import type { Page } from "playwright-core";
import { startPreviewSession, workbookValues, type PreviewSession } from "../support/previewPage";

let session: PreviewSession;

beforeAll(async () => {
  session = await startPreviewSession("en-US");
});

afterAll(async () => {
  await session?.close();
});

/** A colleague's sheet of initiatives, English headers, amounts as English Excel shows them. */
async function putSheet(page: Page): Promise<void> {
  await page.evaluate(async () => {
    type Client = { run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> };
    const preview = (
      window as unknown as {
        barPreview: { coAuthor(name: string): Client; select(sheet: string, a1: string): void };
      }
    ).barPreview;
    await preview.coAuthor("Bo").run(async (context) => {
      context.workbook.worksheets.add("Savings").getRange("A1:F3").values = [
        ["Name", "Authority area", "2021", "2022", "2023", "2024"],
        ["Shared transport", "Børn og Familie", -100, -200, -300, -400],
        ["Digital letters", "Psykiatri/Misbrug", "-", -50, -50, -50],
      ];
      await context.sync();
    });
    preview.select("Savings", "A1:F3");
  });
}

describe("the pane's workflows in English", () => {
  it("imports initiatives from a sheet", async () => {
    await session.open("?lang=en-US");
    const { pane, page } = session;
    await putSheet(page);
    await pane.getByRole("tab", { name: "Initiatives" }).click();
    await pane.getByRole("button", { name: "Import from sheet" }).click();
    await pane.getByRole("button", { name: "Use selection" }).click();
    await pane.getByText("Read: Savings!A1:F3 (3 rows × 6 columns).").waitFor();
    await pane.getByRole("button", { name: "Import 2 initiatives" }).click();
    await pane.getByText("2 initiatives were imported.").waitFor();
    expect(await pane.getByRole("button", { name: "Edit Shared transport" }).count()).toBe(1);
  });

  it("adds a sub-target for an authority area", async () => {
    await session.open("?lang=en-US");
    const { pane } = session;
    await pane.getByRole("button", { name: "Edit reduction targets" }).click();
    const fresh = pane.getByRole("group", { name: "New reduction target" });
    await fresh.getByRole("textbox", { name: "Name" }).fill("Children");
    await fresh.getByRole("combobox", { name: "Authority area" }).selectOption("Børn og Familie");
    await fresh.getByRole("textbox", { name: "2021" }).fill("-1,500.5");
    await fresh.getByRole("button", { name: "Add target" }).click();
    await pane.getByText('"Children" was added.').waitFor();
    const section = pane.getByRole("region", { name: "Reduction target: Children" });
    expect(await section.innerText()).toContain("Sub-target for Børn og Familie");
  });

  it("deletes an initiative after confirmation and restores it", async () => {
    await session.open("?lang=en-US");
    const { pane } = session;
    await pane.getByRole("tab", { name: "Initiatives" }).click();
    await pane.getByRole("button", { name: "Edit Foranstaltninger for unge" }).click();
    await pane.getByRole("button", { name: "Delete initiative" }).click();
    await pane.getByRole("alertdialog").getByRole("button", { name: "Delete", exact: true }).click();
    await pane.getByText('"Foranstaltninger for unge" was deleted.', { exact: false }).waitFor();
    await pane.getByRole("button", { name: "Show deleted initiatives" }).click();
    await pane.getByRole("button", { name: 'Restore "Foranstaltninger for unge"' }).click();
    await pane.getByRole("button", { name: "Edit Foranstaltninger for unge" }).waitFor();
    expect(await pane.getByRole("button", { name: "Edit Foranstaltninger for unge" }).count()).toBe(1);
  });

  it("moves to a new budget year", async () => {
    await session.open("?lang=en-US");
    const { pane } = session;
    await pane.getByRole("button", { name: "New budget year" }).click();
    const form = pane.getByRole("region", { name: "New budget year" });
    await form.getByRole("textbox", { name: "New budget year" }).fill("2025");
    await form.getByRole("radio", { name: "Carry the full-year effect (FullYearEffect)" }).check();
    await form.getByRole("button", { name: "Move to budget 2025" }).click();
    await pane.getByText(/^The budget year has moved: 2025–2028\./).waitFor();
    expect(await pane.getByRole("columnheader", { name: "2028" }).count()).toBeGreaterThan(0);
  });

  it("writes the status report and says where", async () => {
    await session.open("?lang=en-US");
    const { pane } = session;
    await pane.getByRole("button", { name: "Write status report" }).click();
    await pane.getByText("The status report is written on the sheet BAR Status.").waitFor();
    const title = await workbookValues(session.page, "BAR Status", "A1:A1");
    expect(String(title[0][0])).not.toBe("");
  });
});
