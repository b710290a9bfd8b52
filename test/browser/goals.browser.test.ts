import { startPreviewSession, type PreviewSession } from "../support/previewPage";

let session: PreviewSession;

beforeAll(async () => {
  session = await startPreviewSession();
});

afterAll(async () => {
  await session?.close();
});

describe("targets and the strategy edited in the pane", () => {
  it("adds a sub-target for an authority area with amounts in Danish, and says how it counts", async () => {
    await session.open();
    const { pane } = session;
    await pane.getByRole("button", { name: "Rediger reduktionsmål" }).click();
    const fresh = pane.getByRole("group", { name: "Nyt reduktionsmål" });
    await fresh.getByRole("textbox", { name: "Navn" }).fill("Børnemål");
    await fresh.getByRole("combobox", { name: "Myndighedsområde" }).selectOption("Børn og Familie");
    await fresh.getByRole("textbox", { name: "2021" }).fill("-1.000");
    await fresh.getByRole("textbox", { name: "2022" }).fill("-1.500,5");
    await fresh.getByRole("button", { name: "Tilføj mål" }).click();
    await pane.getByText('"Børnemål" er tilføjet.').waitFor();
    const heading = pane.getByRole("heading", { name: "Reduktionsmål: Børnemål" });
    await heading.waitFor();
    const section = pane.getByRole("region", { name: "Reduktionsmål: Børnemål" });
    expect(await section.innerText()).toContain(
      "Delmål for Børn og Familie: områdets initiativer tæller med her og også i det samlede mål (ikke oveni).",
    );
    const target = section.locator("tr", { has: pane.locator("td", { hasText: /^Reduktionsmål$/ }) });
    expect((await target.locator("td").allInnerTexts()).slice(1, 3)).toEqual(["-1.000", "-1.500,5"]);
  });

  it("refuses an amount that is not one, at the field, and saves nothing", async () => {
    await session.open();
    const { pane } = session;
    await pane.getByRole("button", { name: "Rediger reduktionsmål" }).click();
    const fresh = pane.getByRole("group", { name: "Nyt reduktionsmål" });
    await fresh.getByRole("textbox", { name: "2021" }).fill("mange");
    await fresh.getByRole("button", { name: "Tilføj mål" }).click();
    await fresh.getByText('"mange" er ikke et beløb. Skriv fx -1.500 eller -1.500,5.').waitFor();
    expect(await pane.getByRole("heading", { name: /^Reduktionsmål: Nyt reduktionsmål/ }).count()).toBe(0);
  });

  it("deletes a target after confirmation", async () => {
    await session.open();
    const { pane } = session;
    const before = await pane.getByRole("heading", { name: /^Reduktionsmål: / }).count();
    await pane.getByRole("button", { name: "Rediger reduktionsmål" }).click();
    const first = pane.getByRole("group").first();
    await first.getByRole("button", { name: "Slet" }).click();
    await pane.getByRole("alertdialog").getByRole("button", { name: "Slet" }).click();
    await pane.getByText(/er slettet\.$/).waitFor();
    expect(await pane.getByRole("heading", { name: /^Reduktionsmål: / }).count()).toBe(before - 1);
  });

  it("changes a threshold and adds a council's own benchmark", async () => {
    await session.open();
    const { pane } = session;
    await pane.getByRole("button", { name: "Rediger strategien" }).click();
    const headroom = pane.getByRole("group", { name: /^Råderum mindst 70/ });
    await headroom.getByRole("textbox", { name: "Grænse (mio. kr.)" }).fill("80");
    await headroom.getByRole("button", { name: "Gem" }).click();
    await pane.getByRole("group", { name: /^Råderum mindst 80/ }).waitFor();

    const fresh = pane.getByRole("group", { name: "Tilføj pejlemærke" });
    await fresh.getByRole("textbox", { name: "Måltal" }).fill("gæld");
    await fresh.getByRole("combobox", { name: "Skal være" }).selectOption("atMost");
    await fresh.getByRole("textbox", { name: "Grænse (mio. kr.)" }).fill("500");
    await fresh.getByRole("button", { name: "Tilføj pejlemærke" }).click();
    await pane.getByRole("group", { name: /^gæld højst 500/ }).waitFor();
    // The new measure gets its own link to the budget model.
    expect(await pane.getByRole("textbox", { name: "gæld: område" }).count()).toBe(1);
  });
});

describe("the overview under each surplus rule", () => {
  it("shows no row 'med overførsel' when nothing is carried, and says why", async () => {
    await session.open();
    const { pane } = session;
    expect(await pane.getByRole("cell", { name: "Netto-udestående med overførsel" }).count()).toBe(1);
    await pane.getByRole("combobox", { name: "Regel for overskud" }).selectOption("none");
    await pane.getByText(/Med reglen Intet overføres flyttes hverken mangel eller overskud/).waitFor();
    expect(await pane.getByRole("cell", { name: "Netto-udestående med overførsel" }).count()).toBe(0);
    expect(await pane.getByRole("cell", { name: "Netto-udestående uden overførsel" }).count()).toBe(1);
  });
});
