import { readFileSync } from "node:fs";
import type { Frame, Page } from "playwright-core";

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's serious and critical findings for the pane in the preview as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const frame = page.frame({ url: /taskpane\.html/ }) as Frame;
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
