import { paneFrame, startPreviewSession, type PreviewSession } from "../support/previewPage";

let session: PreviewSession;

beforeAll(async () => {
  session = await startPreviewSession();
});

afterAll(async () => {
  await session?.close();
});

/**
 * What does not fit the pane as it is now: the page wider than the pane, an element whose box
 * reaches past the pane's right edge, two text-bearing siblings whose boxes intersect, and text
 * cut off by its own box (overflow hidden without an ellipsis). Empty when everything fits.
 */
async function layoutProblems(): Promise<string[]> {
  return paneFrame(session.page).evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    const width = root.clientWidth;
    if (root.scrollWidth > width) problems.push(`the page scrolls sideways: ${root.scrollWidth} > ${width}`);
    const describe = (element: Element) => {
      const text = (element.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      const role = element.getAttribute("role");
      return `<${element.tagName.toLowerCase()}${role ? ` role=${role}` : ""}> "${text}"`;
    };
    const shown = (element: Element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      // Visually hidden helpers (1 px, clipped) are for screen readers and take no room.
      return (
        box.width > 1 &&
        box.height > 1 &&
        style.visibility !== "hidden" &&
        style.clip !== "rect(0px, 0px, 0px, 0px)"
      );
    };
    const hasText = (element: Element) =>
      (element.textContent ?? "").trim() !== "" || ["INPUT", "SELECT", "TEXTAREA"].includes(element.tagName);
    const all = [...document.body.querySelectorAll("*")].filter(shown);
    for (const element of all) {
      const box = element.getBoundingClientRect();
      if (box.right > width + 0.5 && hasText(element))
        problems.push(`${describe(element)} ends at ${Math.round(box.right)} px, beyond ${width}`);
      const style = getComputedStyle(element);
      if (
        hasText(element) &&
        !(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) &&
        style.overflowX === "hidden" &&
        style.textOverflow !== "ellipsis" &&
        element.scrollWidth > element.clientWidth + 1
      )
        problems.push(`${describe(element)} is cut off: ${element.scrollWidth} px in ${element.clientWidth}`);
      const children = [...element.children].filter((child) => shown(child) && hasText(child));
      for (let i = 0; i < children.length; i++)
        for (let j = i + 1; j < children.length; j++) {
          const a = children[i].getBoundingClientRect();
          const b = children[j].getBoundingClientRect();
          const overlap =
            Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
            Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
          if (overlap) problems.push(`${describe(children[i])} overlaps ${describe(children[j])}`);
        }
    }
    return [...new Set(problems)];
  });
}

const DANISH = {
  initiatives: "Initiativer",
  functions: "Funktioner",
  edit: "Rediger Kontraktgrundlag",
  save: "Gem",
  notAnAmount: '"cirka 2 mio" er ikke et beløb',
};
const ENGLISH = {
  initiatives: "Initiatives",
  functions: "Functions",
  edit: "Edit Kontraktgrundlag",
  save: "Save",
  notAnAmount: '"cirka 2 mio" is not an amount',
};

describe.each([
  { width: 320, lang: "da-DK", words: DANISH },
  { width: 320, lang: "en-US", words: ENGLISH },
  { width: 450, lang: "da-DK", words: DANISH },
])("the pane at $width px in $lang", ({ width, lang, words }) => {
  const name = (view: string) => `layout-${width}-${lang}-${view}`;
  // Each check starts from a fresh preview: the test order is shuffled (scripts/test.mjs).
  const open = async () => {
    await session.open(`?paneWidth=${width}&lang=${lang}`);
    await session.pane.getByRole("tablist").waitFor();
  };
  const openEditor = async () => {
    await open();
    await session.pane.getByRole("tab", { name: words.initiatives }).click();
    await session.pane.getByRole("button", { name: words.edit }).click();
    await session.pane.getByRole("textbox", { name: "2024" }).waitFor();
  };

  it("fits the overview", async () => {
    await open();
    await session.pane.getByRole("heading", { level: 2 }).first().waitFor();
    await session.screenshot(name("overview"));
    expect(await layoutProblems()).toEqual([]);
  });

  it("fits the initiative list with its flags and filters", async () => {
    await open();
    await session.pane.getByRole("tab", { name: words.initiatives }).click();
    await session.pane.getByRole("button", { name: words.edit }).waitFor();
    await session.screenshot(name("initiatives"));
    expect(await layoutProblems()).toEqual([]);
  });

  it("fits the editor with all four years", async () => {
    await openEditor();
    await session.screenshot(name("edit"));
    expect(await layoutProblems()).toEqual([]);
  });

  it("fits the editor with an understood amount and an error under the years", async () => {
    await openEditor();
    await session.pane.getByRole("textbox", { name: "2022" }).fill("-1000");
    await session.pane.getByRole("textbox", { name: "2023" }).fill("cirka 2 mio");
    await session.pane.getByRole("button", { name: words.save, exact: true }).click();
    await session.pane.getByText(words.notAnAmount).waitFor();
    await session.screenshot(name("edit-error"));
    expect(await layoutProblems()).toEqual([]);
  });

  it("fits the Functions tab", async () => {
    await open();
    await session.pane.getByRole("tab", { name: words.functions }).click();
    await session.pane
      .getByText(/^BAR\.[A-ZÆØÅ]+$/)
      .first()
      .waitFor();
    await session.screenshot(name("functions"));
    expect(await layoutProblems()).toEqual([]);
  });
});
