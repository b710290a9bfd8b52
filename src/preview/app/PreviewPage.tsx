import { useEffect, useState } from "react";
import type { BarPreview } from "./createPreview";
import { toPaneQuery, type PreviewOptions } from "./previewOptions";
import { previewTexts } from "./previewTexts";
import { WorkbookView } from "./WorkbookView";

type SetUpState = { kind: "settingUp" } | { kind: "ready" } | { kind: "failed"; message: string };

/** The same page with one query parameter changed (for the language and theme links). */
function withParameter(name: string, value: string): string {
  const query = new URLSearchParams(window.location.search);
  query.set(name, value);
  return `?${query}`;
}

/** The host page: the workbook view beside the production task pane in an iframe, as Excel shows a pane. */
export function PreviewPage({ preview, options }: { preview: BarPreview; options: PreviewOptions }) {
  const texts = previewTexts(options.language);
  const [state, setState] = useState<SetUpState>({ kind: "settingUp" });
  useEffect(() => {
    preview.ready.then(
      () => setState({ kind: "ready" }),
      (error: unknown) =>
        setState({ kind: "failed", message: error instanceof Error ? error.message : String(error) }),
    );
  }, [preview]);
  const dark = options.theme === "dark";

  return (
    <div className="page">
      <header className="top">
        <div>
          <h1>{texts.title}</h1>
          <p>{texts.subtitle}</p>
        </div>
        <nav>
          <a
            href={withParameter("lang", texts.otherLanguage.lang)}
            lang={texts.otherLanguage.lang.slice(0, 2)}
          >
            {texts.otherLanguage.label}
          </a>
          <a href={withParameter("theme", dark ? "light" : "dark")}>{texts.otherTheme(dark)}</a>
        </nav>
      </header>
      <div className="split">
        <main className="workbook" aria-label={texts.workbook}>
          {state.kind === "settingUp" && (
            <p className="notice" role="status">
              {texts.settingUp}
            </p>
          )}
          {state.kind === "failed" && (
            <p className="notice error" role="alert">
              {texts.setUpFailed} {state.message}
            </p>
          )}
          {/* Drawn once set up: until then the pane and the set-up have the page's thread to themselves. */}
          {state.kind === "ready" && (
            <WorkbookView
              workbook={preview.workbook}
              language={options.language}
              texts={texts}
              onType={preview.typeInto}
              onSelect={preview.select}
            />
          )}
        </main>
        {/* The aside's 1 px border is outside the pane, as Excel's frame is. */}
        <aside className="pane" aria-label="BAR" style={{ flexBasis: options.paneWidth + 1 }}>
          <iframe title="BAR" src={`/addin/taskpane.html${toPaneQuery(options)}`} />
        </aside>
      </div>
    </div>
  );
}
