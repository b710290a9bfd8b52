import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { DANISH_UI_TEXTS } from "../../../src/i18n/da/ui";
import { FunctionList } from "../../../src/taskpane/components/FunctionList";
import type { FunctionSummary } from "../../../src/taskpane/toFunctionSummaries";

// Server rendering needs no DOM, so the pane's markup is checkable under plain node.
const render = (functions: FunctionSummary[]) =>
  renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <FunctionList functions={functions} texts={DANISH_UI_TEXTS} />
    </FluentProvider>,
  );

const overfoer: FunctionSummary = {
  id: "CARRYFORWARD",
  name: "BAR.OVERFØR",
  description: "Udestående reduktion pr. år.",
  helpUrl: "https://localhost:3000/help/carryforward.da.html",
};

describe("FunctionList", () => {
  it("shows each function's name and one-line explanation", () => {
    const html = render([overfoer]);
    expect([html.includes("BAR.OVERFØR"), html.includes("Udestående reduktion pr. år.")]).toEqual([
      true,
      true,
    ]);
  });

  it("links each function to its help page with an accessible name", () => {
    expect(render([overfoer])).toMatch(
      /<a[^>]*href="https:\/\/localhost:3000\/help\/carryforward\.da\.html"[^>]*aria-label="Hjælp til BAR.OVERFØR"/,
    );
  });

  it("counts the functions with Danish number formatting", () => {
    const many = Array.from({ length: 1200 }, (_, i) => ({ ...overfoer, id: `F${i}` }));
    expect(render(many)).toContain("1.200 funktioner");
  });
});
