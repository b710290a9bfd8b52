import { clearChallenges } from "../support/challengeCells";
import { startPreviewSession, typeInto, type PreviewSession, linkMeasure } from "../support/previewPage";

let session: PreviewSession;

beforeAll(async () => {
  session = await startPreviewSession();
});

afterAll(async () => {
  await session?.close();
});

/** The strategy's status of `year` as the overview shows it. */
const statusOf = (year: string) =>
  session.pane
    .locator("tr", { has: session.pane.locator("td", { hasText: new RegExp(`^${year}$`) }) })
    .first()
    .locator("td")
    .nth(1);

/** Links a measure to a range through the overview's "Hent tal fra budgetmodellen". */
const link = (measure: string, address: string) => linkMeasure(session.pane, measure, address);

describe("the strategy in the pane", () => {
  it("follows a linked model cell on another sheet without a change in a BAR table", async () => {
    await session.open();
    const { pane, page } = session;
    await pane.getByRole("heading", { name: /^Reduktionsmål: / }).waitFor();
    // Without the example's coming challenges (ranges.browser.test.ts has them): the measures alone decide.
    await clearChallenges(page);
    // The budget model: headroom in row 2, cash in row 3 of Ark1, one column per year (2021–2024).
    await typeInto(page, "Ark1", { B2: 150, C2: 150, D2: 150, E2: 150, B3: 200, C3: 200, D3: 200, E3: 200 });
    await link("Råderum", "Ark1!B2:E2");
    await link("Disponibel kassebeholdning", "Ark1!B3:E3");
    await statusOf("2022").getByText("I orden").waitFor();
    expect(await statusOf("2022").innerText()).toBe("I orden");
    // Only the model changes: 2022's cash falls below the minimum of 100.
    await typeInto(page, "Ark1", { C3: 50 });
    await statusOf("2022").getByText("Brud på strategien").waitFor();
    expect(await statusOf("2022").innerText()).toBe("Brud på strategien");
    const why = statusOf("2022").locator("xpath=following-sibling::td[1]");
    expect(await why.innerText()).toBe(
      "Disponibel kassebeholdning 50 mio. kr. er under minimum 100 mio. kr.",
    );
  });

  it("keeps the links open to change once every measure is linked", async () => {
    await session.open();
    const { pane, page } = session;
    await clearChallenges(page);
    await typeInto(page, "Ark1", {
      B2: 150,
      C2: 150,
      D2: 150,
      E2: 150,
      B3: 200,
      C3: 200,
      D3: 200,
      E3: 200,
      B5: 80,
    });
    await link("Råderum", "Ark1!B2:E2");
    await link("Disponibel kassebeholdning", "Ark1!B3:E3");
    await statusOf("2021").getByText("I orden").waitFor();
    await pane.getByText("Hent tallene et andet sted fra").click();
    await link("Råderum", "Ark1!B5:E5");
    await statusOf("2021").getByText("Under det optimale").waitFor();
    const why = statusOf("2021").locator("xpath=following-sibling::td[1]");
    expect(await why.innerText()).toBe("Råderum 80 mio. kr. er under det optimale 100 mio. kr.");
  });

  it("links a measure to the cells selected in Excel with Brug markering", async () => {
    await session.open();
    const { pane, page } = session;
    await typeInto(page, "Ark1", { B2: 150, C2: 150, D2: 150, E2: 150 });
    await page.evaluate(() =>
      (window as unknown as { barPreview: { select(sheet: string, a1: string): void } }).barPreview.select(
        "Ark1",
        "B2:E2",
      ),
    );
    const field = pane.getByRole("textbox", { name: "Råderum: område" });
    await pane.getByRole("button", { name: "Brug markering" }).first().click();
    await pane
      .getByRole("textbox", { name: "Råderum: område" })
      .and(pane.locator('[value="Ark1!B2:E2"]'))
      .waitFor();
    await field.press("Enter");
    await pane.getByText("Råderum hentes nu fra budgetmodellen.").waitFor();
    expect(await field.inputValue()).toBe("Ark1!B2:E2");
  });

  it("says that an address without a sheet needs one", async () => {
    await session.open();
    const { pane } = session;
    await pane.getByRole("textbox", { name: "Råderum: område" }).fill("B2:E2");
    await pane.getByRole("textbox", { name: "Råderum: område" }).press("Enter");
    await pane.getByText(/"B2:E2" er en adresse uden ark/).waitFor();
    expect(await pane.getByText(/ikke en celleadresse/).count()).toBe(0);
  });

  it("reads the workbook again on Opdater and says so", async () => {
    await session.open();
    const { pane } = session;
    await pane.getByRole("button", { name: "Opdater" }).click();
    await pane.getByText("Visningen er opdateret.").waitFor();
    expect(await pane.getByRole("heading", { name: /^Reduktionsmål: / }).count()).toBe(1);
  });

  it("offers Refresh in English", async () => {
    await session.open("?lang=en-US");
    const { pane } = session;
    await pane.getByRole("button", { name: "Refresh" }).click();
    await pane.getByText("The view is up to date.").waitFor();
    expect(await pane.getByRole("button", { name: "Refresh" }).count()).toBe(1);
  });
});
