import { startPreviewSession, type PreviewSession } from "../support/previewPage";

let session: PreviewSession;

beforeAll(async () => {
  session = await startPreviewSession();
});

afterAll(async () => {
  await session?.close();
});

describe("a new budget year from the pane, in Danish", () => {
  it("says what happens to the columns, carries the last year on request and sets a target", async () => {
    await session.open();
    const { pane } = session;
    await pane.getByRole("button", { name: "Nyt budgetår" }).click();
    const form = pane.getByRole("region", { name: "Nyt budgetår" });
    await form.getByRole("textbox", { name: "Nyt budgetår" }).fill("2025");
    await form.getByRole("radio", { name: "Sidste års beløb videreføres" }).check();
    await form.getByText(/^Kolonnerne 2021–2024 bliver som historik/).waitFor();
    expect(await form.innerText()).toContain(
      "2025–2028 tilføjes i BAR_Initiatives, BAR_Targets og BAR_Measures",
    );
    const target = form.getByRole("group").nth(1);
    await target.getByRole("textbox", { name: "2025" }).fill("-8.000");
    await form.getByRole("button", { name: "Skift til budget 2025" }).click();
    await pane.getByText(/^Budgetåret er skiftet: 2025–2028\./).waitFor();
    await pane.getByRole("columnheader", { name: "2028" }).first().waitFor();
    expect(await pane.getByRole("columnheader", { name: "2021" }).count()).toBe(0);
  });

  it("refuses a budget year that is not later, at the field", async () => {
    await session.open();
    const { pane } = session;
    await pane.getByRole("button", { name: "Nyt budgetår" }).click();
    const form = pane.getByRole("region", { name: "Nyt budgetår" });
    await form.getByRole("textbox", { name: "Nyt budgetår" }).fill("2020");
    await form.getByText("Det nye budgetår skal ligge efter 2021.").waitFor();
    // Disabled but focusable (aria-disabled): nothing can be started.
    expect(await form.getByRole("button", { name: "Skift til budget 2020" }).isDisabled()).toBe(true);
  });
});
