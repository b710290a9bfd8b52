import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { startPreviewServer, type PreviewServer } from "../../scripts/previewServer";
import { launchBrowser, type Browser } from "../support/browser";

const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts");
const DIST = path.resolve(__dirname, "../../dist");

let server: PreviewServer;
let browser: Browser;

beforeAll(async () => {
  server = await startPreviewServer({ port: 0 });
  browser = await launchBrowser(server.url);
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the preview", () => {
  it("shows the production pane's overview beside the seed workbook, with no request leaving the machine", async () => {
    const { page, blockedRequests } = browser;
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${server.url}/`);
    const pane = page.frameLocator('iframe[title="BAR"]');
    await pane
      .getByRole("heading", { name: /^Reduktionsmål: / })
      .first()
      .waitFor();
    await page.getByRole("tab", { name: "BAR", exact: true }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "preview.png") });
    expect({ blockedRequests, errors }).toEqual({ blockedRequests: [], errors: [] });
  });

  it("draws the status report the pane writes, its numbers in Danish format, its chart, its golden net rows", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/`);
    const pane = page.frameLocator('iframe[title="BAR"]');
    await pane.getByRole("button", { name: "Skriv statusrapport" }).click();
    await page.getByRole("tab", { name: "BAR Status", selected: true }).waitFor();
    await page.getByRole("img", { name: /^Mål, opnået og udestående/ }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "preview-report.png") });
    const targets = await page.getByRole("row").filter({ hasText: "Reduktionsmål" }).last().innerText();
    const netRows = await page.evaluate(() =>
      (window as unknown as { barPreview: { values(s: string, r: string): unknown[][] } }).barPreview.values(
        "BAR Status",
        // Below the strategy block, which with seed 000's challenges has 12 rows.
        "B21:E22",
      ),
    );
    expect({ targets: targets.split("\t").slice(2, 6), netRows }).toEqual({
      targets: ["-2.000", "-3.000", "-5.000", "-7.000"],
      netRows: [
        [0, -720, -3440, -8160],
        [0, -720, -2720, -4720],
      ],
    });
  });
});

describe("the production bundle", () => {
  it("holds no HyperFormula (it is GPL or commercial and only for the preview)", () => {
    const withIt = readdirSync(DIST)
      .filter((file) => file.endsWith(".js"))
      .filter((file) => /hyperformula/i.test(readFileSync(path.join(DIST, file), "utf8")));
    expect(withIt).toEqual([]);
  });
});
