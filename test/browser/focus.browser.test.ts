import { startPreviewSession, type PreviewSession } from "../support/previewPage";

let session: PreviewSession;

beforeAll(async () => {
  session = await startPreviewSession();
});

afterAll(async () => {
  await session?.close();
});

/** The accessible text of the element that has the focus in the pane. */
const focused = () =>
  session.pane
    .locator(":focus")
    .evaluate((element) => element.getAttribute("aria-label") ?? element.textContent);

describe("where the focus goes", () => {
  it("stays on the tabs when the first arrow key opens Initiativer, while its view loads", async () => {
    await session.open();
    const { pane } = session;
    await pane.getByRole("tab", { name: "Oversigt" }).focus();
    await pane.getByRole("tab", { name: "Oversigt" }).press("ArrowRight");
    await pane.getByRole("button", { name: "Nyt initiativ" }).waitFor();
    expect(await focused()).toBe("Initiativer");
  });

  it("goes to the first field that says what is wrong after a refused save, not to Gem", async () => {
    await session.open();
    const { pane } = session;
    await pane.getByRole("tab", { name: "Initiativer" }).click();
    await pane.getByRole("button", { name: "Rediger Kontraktgrundlag" }).click();
    await pane.getByRole("textbox", { name: "2023" }).fill("cirka 2 mio");
    await pane.getByRole("button", { name: "Gem", exact: true }).click();
    await pane.getByText('"cirka 2 mio" er ikke et beløb', { exact: false }).waitFor();
    expect(
      await pane.getByRole("textbox", { name: "2023" }).evaluate((input) => input === document.activeElement),
    ).toBe(true);
  });
});
