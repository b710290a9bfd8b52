import { challengeCell } from "../support/challengeCells";
import {
  rowTexts,
  startPreviewSession,
  typeInto,
  type PreviewSession,
  linkMeasure,
} from "../support/previewPage";

let session: PreviewSession;

beforeAll(async () => {
  session = await startPreviewSession();
});

afterAll(async () => {
  await session?.close();
});

const EXPECTED = "Netto-udestående med overførsel, forventet";

/** The strategy's cells of `year` in the overview: status and why. */
const strategyOf = (year: string) => {
  const row = session.pane
    .locator("tr", { has: session.pane.locator("td", { hasText: new RegExp(`^${year}$`) }) })
    .first();
  return { status: row.locator("td").nth(1), why: row.locator("td").nth(2) };
};

/** Links a measure to a range through the overview's "Hent tal fra budgetmodellen". */
const link = (measure: string, address: string) => linkMeasure(session.pane, measure, address);

describe("ranges in the pane", () => {
  it("enters a range in the form, shows it in the list and carries each case forward in the overview", async () => {
    await session.open();
    const { pane } = session;
    await pane.getByRole("tab", { name: "Initiativer" }).click();
    await pane.getByRole("button", { name: "Rediger Foranstaltninger for unge" }).click();
    const year = pane.getByRole("textbox", { name: "2022" });
    await year.fill("-1.500 til -900");
    await pane.getByText("Forstået som interval fra -1.500 til -900 (forventet -1.200)").waitFor();
    await pane.getByRole("button", { name: "Gem" }).click();
    await pane.getByText("Gemt.").waitFor();
    await pane.getByText("-1.500 til -900").first().waitFor();
    await pane.getByRole("tab", { name: "Oversigt" }).click();
    await pane
      .locator("td", { hasText: new RegExp(`^${EXPECTED}$`) })
      .first()
      .waitFor();
    // The 2022 shortfall of each case goes onto the same case's 2023 target.
    expect(await rowTexts(pane, EXPECTED)).toEqual(["0", "-777", "-3.497", "-8.217"]);
    expect(await rowTexts(pane, "– pessimistisk")).toEqual(["0", "-1.077", "-3.797", "-8.517"]);
    expect(await rowTexts(pane, "– optimistisk")).toEqual(["0", "-477", "-3.197", "-7.917"]);
    expect(await rowTexts(pane, "Initiativer uden skøn")).toEqual(["5", "5", "5", "5"]);
    await pane.getByText(/^1 initiativer har et interval for mindst ét år/).waitFor();
  });

  it("refuses a range written high end first, and saves nothing", async () => {
    await session.open();
    const { pane } = session;
    await pane.getByRole("tab", { name: "Initiativer" }).click();
    await pane.getByRole("button", { name: "Rediger Foranstaltninger for unge" }).click();
    await pane.getByRole("textbox", { name: "2022" }).fill("-900 til -1.500");
    await pane.getByRole("button", { name: "Gem" }).click();
    await pane
      .getByText('"-900 til -1.500": den lave ende -900 er over den høje -1.500. Skriv den laveste først.')
      .waitFor();
    expect(await pane.getByRole("textbox", { name: "2022" }).getAttribute("aria-invalid")).toBe("true");
  });

  it("checks the strategy per case under seed 000's coming challenges, unknown until they are estimated", async () => {
    await session.open();
    const { pane, page } = session;
    await pane.getByRole("heading", { name: /^Reduktionsmål: / }).waitFor();
    await typeInto(page, "Ark1", { B2: 120, C2: 120, D2: 120, E2: 120, B3: 200, C3: 200, D3: 200, E3: 200 });
    await link("Råderum", "Ark1!B2:E2");
    await link("Disponibel kassebeholdning", "Ark1!B3:E3");
    const year = strategyOf("2021");
    await year.status.getByText("Ukendt (tal mangler)").waitFor();
    await year.why.getByText(/Med de skønnede udfordringer alene/).waitFor();
    expect(await year.why.innerText()).toMatch(
      /^6 kommende udfordringer er ikke skønnet \(Det nære sundhedsvæsen, /,
    );
    expect(await year.why.innerText()).toContain("Med de skønnede udfordringer alene: under det optimale");
    // The analyst estimates the unknown ones at 0 for 2021 in BAR_Challenges (body rows 2–4 and 6–8).
    const zeros = Object.fromEntries([2, 3, 4, 6, 7, 8].map((row) => [challengeCell(row, 2), 0]));
    await typeInto(page, "BAR", zeros);
    await year.status.getByText("Under det optimale").waitFor();
    expect(await year.why.innerText()).toBe(
      "Råderum 71,5 mio. kr. er under det optimale 100 mio. kr. Brud i det pessimistiske tilfælde. " +
        "Råderum efter kommende udfordringer: 55,5 / 71,5 / 87,5 mio. kr. (pessimistisk / forventet / optimistisk)",
    );
  });
});
