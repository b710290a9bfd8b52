import { startPreviewSession, type PreviewSession } from "../support/previewPage";

let session: PreviewSession;

beforeAll(async () => {
  session = await startPreviewSession();
});

afterAll(async () => {
  await session?.close();
});

/** Follows the pane's guide link in a page of its own and returns that page's main heading. */
async function guideHeading(linkName: string): Promise<string> {
  const href = await session.pane
    .getByRole("link", { name: linkName })
    .evaluate((a) => (a as HTMLAnchorElement).href);
  const page = await session.page.context().newPage();
  try {
    const response = await page.goto(href);
    expect(response?.status()).toBe(200);
    return await page.getByRole("heading", { level: 1 }).innerText();
  } finally {
    await page.close();
  }
}

describe("the help pages at phone width", () => {
  it("fit a 320 px screen, the longest function name included", async () => {
    await session.open();
    const href = await session.pane
      .getByRole("link", { name: "Sådan bruger du BAR" })
      .evaluate((a) => (a as HTMLAnchorElement).href);
    const page = await session.page.context().newPage();
    try {
      await page.setViewportSize({ width: 320, height: 640 });
      const widths = [];
      for (const name of ["benchmarkpotential.da.html", "yearendforecast.en.html", "guide.da.html"]) {
        await page.goto(new URL(name, href).href);
        widths.push(await page.evaluate(() => document.documentElement.scrollWidth));
      }
      expect(widths).toEqual([320, 320, 320]);
    } finally {
      await page.close();
    }
  });
});

describe("the guide shipped with the add-in", () => {
  it("is linked from the pane in Danish and served beside the pane", async () => {
    await session.open();
    expect(await guideHeading("Sådan bruger du BAR")).toBe("Sådan bruger du BAR");
  });

  it("is linked in English when the pane is in English", async () => {
    await session.open("?lang=en-US");
    expect(await guideHeading("How to use BAR")).toBe("How to use BAR");
  });
});
