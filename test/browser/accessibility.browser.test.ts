import { readFileSync } from "node:fs";
import type { Frame } from "playwright-core";
import { startPreviewSession, type PreviewSession } from "../support/previewPage";

let session: PreviewSession;

beforeAll(async () => {
  session = await startPreviewSession();
});

afterAll(async () => {
  await session?.close();
});

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's serious and critical findings for the pane as it is now. */
async function seriousViolations(): Promise<string[]> {
  const frame = session.page.frame({ url: /taskpane\.html/ }) as Frame;
  await frame.evaluate(AXE);
  const violations = await frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(" ")).join(", ")})`,
    );
}

describe("accessibility (axe-core)", () => {
  it("finds nothing serious in the overview", async () => {
    await session.open();
    await session.pane.getByRole("heading", { name: /^Reduktionsmål: / }).waitFor();
    expect(await seriousViolations()).toEqual([]);
  });

  it("finds nothing serious in the initiatives list", async () => {
    await session.open();
    await session.pane.getByRole("tab", { name: "Initiativer" }).click();
    await session.pane.getByRole("searchbox").waitFor();
    expect(await seriousViolations()).toEqual([]);
  });

  it("finds nothing serious in the edit form", async () => {
    await session.open();
    await session.pane.getByRole("tab", { name: "Initiativer" }).click();
    await session.pane.getByRole("button", { name: "Rediger Kontraktgrundlag" }).click();
    await session.pane.getByRole("textbox", { name: "2023" }).waitFor();
    expect(await seriousViolations()).toEqual([]);
  });

  it("finds nothing serious in the dark theme", async () => {
    await session.open("?theme=dark");
    await session.pane.getByRole("heading", { name: /^Reduktionsmål: / }).waitFor();
    await session.screenshot("overview-dark");
    expect(await seriousViolations()).toEqual([]);
  });
});
