import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import type { WorkbookProblem } from "../../../src/engine/workbookProblem";
import { DANISH_PANE_TEXTS } from "../../../src/i18n/da/pane";
import { ENGLISH_PANE_TEXTS } from "../../../src/i18n/en/pane";
import { WorkbookProblems } from "../../../src/taskpane/components/WorkbookProblems";

// Server rendering needs no DOM, so the pane's markup is checkable under plain node.
const render = (problems: WorkbookProblem[], language: "da" | "en") =>
  renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <WorkbookProblems
        problems={problems}
        language={language}
        texts={language === "da" ? DANISH_PANE_TEXTS : ENGLISH_PANE_TEXTS}
        busy={false}
        onRepair={() => undefined}
      />
    </FluentProvider>,
  );

const DROP_DOWNS: WorkbookProblem = {
  key: "codeListsMissing",
  severity: "info",
  columns: [{ table: "BAR_Initiatives", column: "Status", address: "BAR!G2:G8", partial: false }],
  repair: {
    kind: "addCodeLists",
    columns: [{ table: "BAR_Initiatives", column: "Status" }],
    keepsOtherRules: false,
  },
};

describe("WorkbookProblems", () => {
  it("shows missing drop-downs with a button that says no value is changed", () => {
    const html = render([DROP_DOWNS], "da");
    expect([
      html.includes("Der er ingen rulleliste med de tilladte koder i BAR_Initiatives[Status]."),
      html.includes("Tilføj rullelister (ingen værdi ændres"),
    ]).toEqual([true, true]);
  });

  it("says in English that cells with a rule keep it, when some have one", () => {
    const partly: WorkbookProblem = {
      ...DROP_DOWNS,
      repair: {
        kind: "addCodeLists",
        columns: [{ table: "BAR_Initiatives", column: "Status" }],
        keepsOtherRules: true,
      },
    };
    expect(render([partly], "en")).toContain("cells that already have a rule keep it)");
  });
});

describe("WorkbookProblems' 'Ret alle'", () => {
  const MISSING_COLUMN: WorkbookProblem = {
    key: "columnMissing",
    severity: "warning",
    table: "BAR_Initiatives",
    column: "Note",
    renamedTo: null,
    repair: { kind: "addColumn", table: "BAR_Initiatives", column: "Note" },
  };
  const withAll = (problems: WorkbookProblem[]) =>
    renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <WorkbookProblems
          problems={problems}
          language="da"
          texts={DANISH_PANE_TEXTS}
          busy={false}
          onRepair={() => undefined}
          onRepairAll={() => undefined}
        />
      </FluentProvider>,
    );

  it("offers one button for every safe repair when there are several", () => {
    expect(withAll([DROP_DOWNS, MISSING_COLUMN])).toContain(
      "Ret alle (2 rettelser, der ikke ændrer nogen værdi)",
    );
  });

  it("offers no 'Ret alle' for a single repair", () => {
    expect(withAll([MISSING_COLUMN])).not.toContain("Ret alle");
  });
});
