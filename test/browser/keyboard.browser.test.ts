import type { Page } from "playwright-core";
import { paneFrame, rowTexts, startPreviewSession, type PreviewSession } from "../support/previewPage";

let session: PreviewSession;

beforeAll(async () => {
  session = await startPreviewSession();
});

afterAll(async () => {
  await session?.close();
});

/** The accessible label of what has focus inside the pane. */
async function focusedLabel(page: Page): Promise<string> {
  const frame = page.frame({ url: /taskpane\.html/ });
  if (!frame) throw new Error("the pane's frame is not there");
  return frame.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return "";
    const labelledBy = element.getAttribute("aria-labelledby");
    const byId = labelledBy && document.getElementById(labelledBy.split(" ")[0])?.textContent;
    const label = element.id && document.querySelector(`label[for="${element.id}"]`)?.textContent;
    return (element.getAttribute("aria-label") ?? label ?? byId ?? element.textContent ?? "").trim();
  });
}

/** Presses Tab until the focused element's label matches, as a keyboard user would. */
async function tabTo(page: Page, label: RegExp, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (label.test(await focusedLabel(page))) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${label}; focus is on "${await focusedLabel(page)}"`);
}

describe("the main flow by keyboard only", () => {
  it("finds an initiative, edits its effect in Danish format and sees the overview change", async () => {
    await session.open();
    const { page, pane } = session;
    await pane.getByRole("tab", { name: "Oversigt" }).focus();
    await page.keyboard.press("ArrowRight");
    await pane.getByRole("tab", { name: "Initiativer", selected: true }).waitFor();
    await tabTo(page, /^Søg i navn, ansvarlig og note$/);
    await page.keyboard.type("kontrakt");
    await pane.getByText("Viser 1 af 6").waitFor();
    await tabTo(page, /^Rediger Kontraktgrundlag$/);
    await page.keyboard.press("Enter");
    await tabTo(page, /^2023/);
    await page.keyboard.press("Control+A");
    await page.keyboard.type("-2.720");
    await page.keyboard.press("Enter");
    await pane.getByText("Gemt.").waitFor();
    await pane.getByRole("tab", { name: "Initiativer", selected: true }).focus();
    await page.keyboard.press("ArrowLeft");
    await pane.getByRole("tab", { name: "Oversigt", selected: true }).waitFor();
    await pane.getByRole("cell", { name: "-5.440" }).waitFor();
    expect(await rowTexts(pane, "Netto-udestående med overførsel")).toEqual(["0", "-720", "-720", "-5.440"]);
  });

  it("moves through the list with the arrow keys", async () => {
    await session.open();
    const { page, pane } = session;
    await pane.getByRole("tab", { name: "Initiativer" }).click();
    await pane
      .getByRole("button", { name: /^Rediger / })
      .first()
      .focus();
    const first = await focusedLabel(page);
    await page.keyboard.press("ArrowDown");
    const second = await focusedLabel(page);
    await page.keyboard.press("ArrowUp");
    expect([second !== first, await focusedLabel(page)]).toEqual([true, first]);
  });

  it("cancels an edit with Escape and returns focus to the row", async () => {
    await session.open();
    const { page, pane } = session;
    await pane.getByRole("tab", { name: "Initiativer" }).click();
    await pane.getByRole("button", { name: "Rediger Takstgruppe" }).click();
    await pane.getByRole("textbox", { name: "Navn", exact: true }).click();
    await page.keyboard.press("Escape");
    await pane.getByRole("searchbox").waitFor();
    await pane.getByRole("button", { name: "Rediger Takstgruppe" }).waitFor();
    // Focus returns once the list has rendered: wait for it rather than poll on a timer.
    await paneFrame(page).waitForFunction(
      () => document.activeElement?.getAttribute("aria-label") === "Rediger Takstgruppe",
    );
    expect(await focusedLabel(page)).toBe("Rediger Takstgruppe");
  });
});
