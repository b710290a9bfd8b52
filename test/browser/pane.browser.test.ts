import { rowTexts, startPreviewSession, workbookValues, type PreviewSession } from "../support/previewPage";

let session: PreviewSession;

beforeAll(async () => {
  session = await startPreviewSession();
});

afterAll(async () => {
  await session?.close();
});

const WITH_CARRY = "Netto-udestående med overførsel";
const WITHOUT_CARRY = "Netto-udestående uden overførsel";

describe("the task pane in the preview", () => {
  it("sets up an empty workbook with the April 2021 example", async () => {
    await session.open("?workbook=empty");
    const { pane, page } = session;
    await pane.getByRole("button", { name: "Opsæt med eksemplet fra april 2021" }).click();
    await pane.getByRole("heading", { name: /^Reduktionsmål: / }).waitFor();
    const sheets = await page.evaluate(() =>
      (window as unknown as { barPreview: { sheetNames(): string[] } }).barPreview.sheetNames(),
    );
    expect(sheets).toContain("BAR");
  });

  it("shows the seed's net outstanding without and with carry-forward, in Danish format", async () => {
    await session.open();
    const { pane } = session;
    await pane.getByRole("heading", { name: /^Reduktionsmål: / }).waitFor();
    await session.screenshot("overview");
    expect([await rowTexts(pane, WITHOUT_CARRY), await rowTexts(pane, WITH_CARRY)]).toEqual([
      ["0", "-720", "-2.720", "-4.720"],
      ["0", "-720", "-3.440", "-8.160"],
    ]);
  });

  it("filters the initiatives by free text and shows how many match", async () => {
    await session.open();
    const { pane } = session;
    await pane.getByRole("tab", { name: "Initiativer" }).click();
    await pane.getByRole("searchbox").fill("eget hjem");
    await pane.getByText("Viser 1 af 6").waitFor();
    await session.screenshot("initiatives");
    expect(await pane.getByRole("button", { name: /^Rediger / }).allInnerTexts()).toContain(
      "Foranstaltninger i eget hjem",
    );
  });

  it("filters the initiatives by authority area", async () => {
    await session.open();
    const { pane } = session;
    await pane.getByRole("tab", { name: "Initiativer" }).click();
    await pane.getByRole("combobox", { name: "Myndighedsområde" }).selectOption("Voksenhandicap");
    await pane.getByText("Viser 1 af 6").waitFor();
    expect(await pane.getByRole("button", { name: /^Rediger / }).allInnerTexts()).toContain(
      "Foranstaltninger i eget hjem",
    );
  });

  it("takes an amount in Danish format and updates the outstanding amounts", async () => {
    await session.open();
    const { pane } = session;
    await pane.getByRole("tab", { name: "Initiativer" }).click();
    await pane.getByRole("button", { name: "Rediger Kontraktgrundlag" }).click();
    await pane.getByRole("textbox", { name: "2023" }).fill("-2.720");
    await session.screenshot("edit");
    await pane.getByRole("button", { name: "Gem" }).click();
    await pane.getByText("Gemt.").waitFor();
    await pane.getByRole("tab", { name: "Oversigt" }).click();
    // 2023 finds 2.720 more: 5.000 is met without carry; with it, 2022's 720 is still missing.
    await pane.getByRole("cell", { name: "-5.440" }).waitFor();
    expect([await rowTexts(pane, WITHOUT_CARRY), await rowTexts(pane, WITH_CARRY)]).toEqual([
      ["0", "-720", "0", "-4.720"],
      ["0", "-720", "-720", "-5.440"],
    ]);
  });

  it("refuses an amount it cannot read and says why", async () => {
    await session.open();
    const { pane } = session;
    await pane.getByRole("tab", { name: "Initiativer" }).click();
    await pane.getByRole("button", { name: "Rediger Kontraktgrundlag" }).click();
    await pane.getByRole("textbox", { name: "2023" }).fill("cirka 2 mio");
    await pane.getByRole("button", { name: "Gem" }).click();
    await pane.getByText('"cirka 2 mio" er ikke et beløb').waitFor();
    // Nothing saved: the form stays open with what was typed.
    expect(await pane.getByRole("textbox", { name: "2023" }).inputValue()).toBe("cirka 2 mio");
  });

  it("writes the status report with live native formulas that give the golden numbers", async () => {
    await session.open();
    const { pane, page } = session;
    await pane.getByRole("button", { name: "Skriv statusrapport" }).click();
    await pane.getByText("Statusrapporten er skrevet på arket BAR Status.").waitFor();
    await session.screenshot("report");
    const formulas = await page.evaluate(() =>
      (
        window as unknown as { barPreview: { formulas(s: string, r: string): unknown[][] } }
      ).barPreview.formulas("BAR Status", "B21:B22"),
    );
    // Below the strategy block, which with seed 000's challenges has 12 rows (README, "The report").
    expect(formulas.flat()).toEqual(["=B19-B20", "=B19-B20"]);
    // With carry-forward first (the chart's row), then without.
    expect(await workbookValues(page, "BAR Status", "B21:E22")).toEqual([
      [0, -720, -3440, -8160],
      [0, -720, -2720, -4720],
    ]);
  });

  it("refreshes the report in place without a second sheet or chart", async () => {
    await session.open();
    const { pane, page } = session;
    const write = pane.getByRole("button", { name: "Skriv statusrapport" });
    await write.click();
    await pane.getByText("Statusrapporten er skrevet på arket BAR Status.").waitFor();
    await write.click();
    await pane.getByText("Statusrapporten er skrevet på arket BAR Status.").waitFor();
    const sheets = await page.evaluate(() =>
      (window as unknown as { barPreview: { sheetNames(): string[] } }).barPreview.sheetNames(),
    );
    expect(sheets.filter((name) => name.startsWith("BAR Status"))).toEqual(["BAR Status"]);
  });

  it("switches to English, numbers included", async () => {
    await session.open();
    const { pane } = session;
    await pane.getByRole("combobox", { name: "Sprog" }).selectOption("en");
    await pane.getByRole("tab", { name: "Overview" }).waitFor();
    await session.screenshot("overview-english");
    expect(await rowTexts(pane, "Net outstanding with carry-forward")).toEqual([
      "0",
      "-720",
      "-3,440",
      "-8,160",
    ]);
  });

  it("saves an English edit of the owner without touching amounts of a thousand or more", async () => {
    await session.open("?lang=en-US");
    const { pane } = session;
    await pane.getByRole("tab", { name: "Initiatives" }).click();
    await pane.getByRole("button", { name: "Edit Foranstaltninger for unge" }).click();
    await pane.getByRole("textbox", { name: "2022" }).waitFor();
    expect(await pane.getByRole("textbox", { name: "2022" }).inputValue()).toBe("-1257");
    await pane.getByRole("textbox", { name: "Owner" }).fill("Anna");
    await pane.getByRole("button", { name: "Save" }).click();
    await pane.getByText("Saved.").waitFor();
    await pane.getByRole("tab", { name: "Overview" }).click();
    expect(await rowTexts(pane, "Net outstanding with carry-forward")).toEqual([
      "0",
      "-720",
      "-3,440",
      "-8,160",
    ]);
  });

  it("opens in English when Office's display language is English", async () => {
    await session.open("?lang=en-US");
    await session.pane.getByRole("tab", { name: "Initiatives" }).waitFor();
    expect(await session.pane.getByRole("combobox", { name: "Language" }).inputValue()).toBe("en");
  });

  it("needs nothing from outside the machine, in any view", async () => {
    session.browser.blockedRequests.length = 0;
    await session.open();
    const { pane } = session;
    await pane.getByRole("tab", { name: "Initiativer" }).click();
    await pane.getByRole("button", { name: "Rediger Kontraktgrundlag" }).click();
    await pane.getByRole("button", { name: "Annuller" }).click();
    await pane.getByRole("tab", { name: "Funktioner" }).click();
    await pane.getByText("BAR.OVERFØR", { exact: true }).waitFor();
    await pane.getByRole("combobox", { name: "Sprog" }).selectOption("en");
    await pane.getByRole("tab", { name: "Functions" }).waitFor();
    expect(session.browser.blockedRequests).toEqual([]);
  });
});
