import { startPreviewSession, type PreviewSession } from "../support/previewPage";

let session: PreviewSession;

beforeAll(async () => {
  session = await startPreviewSession();
});

afterAll(async () => {
  await session?.close();
});

describe("details of the pane (issue 10 §5)", () => {
  it("names the filter's no-choice option apart from the data's 'Alle myndighedsområder'", async () => {
    await session.open();
    const { pane } = session;
    await pane.getByRole("tab", { name: "Initiativer" }).click();
    const options = await pane
      .getByRole("combobox", { name: "Myndighedsområde" })
      .locator("option")
      .allInnerTexts();
    expect(options.slice(0, 2)).toEqual(["(alle)", "Alle myndighedsområder"]);
  });

  it("resets every filter with one button, shown only while a filter is set", async () => {
    await session.open();
    const { pane } = session;
    await pane.getByRole("tab", { name: "Initiativer" }).click();
    const reset = pane.getByRole("button", { name: "Nulstil filtre" });
    const before = await reset.count();
    await pane.getByRole("searchbox").fill("eget hjem");
    await pane.getByRole("combobox", { name: "Myndighedsområde" }).selectOption("Voksenhandicap");
    await pane.getByText("Viser 1 af 6").waitFor();
    await reset.click();
    await pane.getByText("Viser 6 af 6").waitFor();
    expect([
      before,
      await reset.count(),
      await pane.getByRole("searchbox").inputValue(),
      await pane.getByRole("combobox", { name: "Myndighedsområde" }).inputValue(),
    ]).toEqual([0, 0, "", ""]);
  });

  it("labels the area comboboxes' buttons in Danish, not 'Open'", async () => {
    await session.open();
    const { pane } = session;
    await pane.getByRole("tab", { name: "Initiativer" }).click();
    await pane.getByRole("button", { name: "Rediger Kontraktgrundlag" }).click();
    await pane.getByRole("textbox", { name: "2023" }).waitFor();
    expect([
      await pane.getByRole("button", { name: "Vis forslag" }).count(),
      await pane.locator('[aria-label="Open"]').count(),
    ]).toEqual([2, 0]);
  });

  it("keeps the Functions heading apart from its count, on screen and when read", async () => {
    await session.open();
    const { pane } = session;
    await pane.getByRole("tab", { name: "Funktioner" }).click();
    await pane.getByText("BAR.OVERFØR", { exact: true }).waitFor();
    const text = await pane.getByRole("region", { name: "Funktioner i Excel" }).innerText();
    expect(text).toMatch(/^Funktioner i Excel\n+\d+ funktioner\./);
  });

  it("lets 'Gemt.' go after a while, so it is not taken for news of a later action", async () => {
    await session.open();
    const { pane } = session;
    await pane.getByRole("tab", { name: "Initiativer" }).click();
    await pane.getByRole("button", { name: "Rediger Kontraktgrundlag" }).click();
    await pane.getByRole("textbox", { name: "Ansvarlig" }).fill("Anna");
    await pane.getByRole("button", { name: "Gem" }).click();
    await pane.getByText("Gemt.").waitFor();
    await pane.getByText("Gemt.").waitFor({ state: "detached", timeout: 15_000 });
    expect(await pane.getByText("Gemt.").count()).toBe(0);
  }, 30_000);
});
