import { useEffect, useMemo, useRef, useState } from "react";
import type { CellValue } from "../../engine/workbookProblem";
import { columnLetters } from "../../excel/a1";
import type { FakeWorkbook } from "../officeFake/fakeExcel";
import type { PreviewLanguage } from "./previewOptions";
import type { PreviewTexts } from "./previewTexts";
import { SheetGrid, type CellPosition } from "./SheetGrid";
import { sheetExtent } from "./sheetLayout";
import { useWorkbookRevision } from "./useWorkbookRevision";

type WorkbookViewProps = {
  workbook: FakeWorkbook;
  language: PreviewLanguage;
  texts: PreviewTexts;
  /** Types into a cell as the user of Excel would (`barPreview.typeInto`). */
  onType: (sheet: string, a1: string, value: CellValue) => void;
  /** The user selected a cell or a sheet tab: the pane's Excel selects it too (`barPreview.select`). */
  onSelect?: (sheet: string, a1: string) => void;
};

/** An empty sheet still looks like a sheet. */
const MIN_EXTENT = { rows: 100, columns: 12 } as const;

/**
 * The workbook as Excel would show it: a tab per visible sheet, a formula bar for the
 * selected cell (typing there edits the workbook), and the sheet's grid with its charts.
 * Redraws when the workbook changes; a sheet added meanwhile (the report) is brought forward.
 */
export function WorkbookView({ workbook, language, texts, onType, onSelect }: WorkbookViewProps) {
  const revision = useWorkbookRevision(workbook);
  const model = workbook.model;
  const sheets = model.sheets.filter((sheet) => sheet.visibility === "Visible");
  const [activeId, setActiveId] = useState<string | null>(null);
  const [selected, setSelected] = useState<CellPosition>({ row: 0, column: 0 });
  const [draft, setDraft] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const grid = useRef<HTMLDivElement>(null);
  const known = useRef(new Set(sheets.map((sheet) => sheet.id)));

  // Bring a newly added sheet forward, as one expects after "write the status report".
  useEffect(() => {
    const added = sheets.filter((candidate) => !known.current.has(candidate.id));
    for (const candidate of added) known.current.add(candidate.id);
    if (added.length > 0) choose(added[added.length - 1].id);
  }, [revision]);

  const sheet = sheets.find((candidate) => candidate.id === activeId) ?? sheets[sheets.length - 1];
  const extent = useMemo(
    () => (sheet ? sheetExtent(model, sheet) : { rows: 0, columns: 0 }),
    [model, sheet, revision],
  );
  if (!sheet) return null;
  const rows = Math.max(MIN_EXTENT.rows, extent.rows + 1);
  const columns = Math.max(MIN_EXTENT.columns, extent.columns + 1);
  const address = `${columnLetters(selected.column)}${selected.row + 1}`;
  const stored = model.cell(sheet.id, selected.row, selected.column);
  const content = stored?.formula ?? String(stored?.value ?? "");

  function choose(id: string) {
    setActiveId(id);
    setSelected({ row: 0, column: 0 });
    setDraft(null);
  }
  const edit = (first?: string) => {
    setDraft(first ?? content);
    // At once, not later: the keys typed next must reach the formula bar, not the grid.
    input.current?.focus();
  };
  const commit = () => {
    if (draft !== null && draft !== content) onType(sheet.name, address, draft);
    setDraft(null);
    setSelected({ row: Math.min(rows - 1, selected.row + 1), column: selected.column });
    grid.current?.querySelector<HTMLElement>(".grid")?.focus();
  };

  return (
    <div className="workbook-view">
      <div className="tabs" role="tablist" aria-label={texts.sheets}>
        {sheets.map((candidate) => (
          <button
            key={candidate.id}
            type="button"
            role="tab"
            id={`tab-${candidate.id}`}
            aria-selected={candidate === sheet}
            aria-controls="sheet-panel"
            tabIndex={candidate === sheet ? 0 : -1}
            onClick={() => {
              choose(candidate.id);
              onSelect?.(candidate.name, "A1");
            }}
            onKeyDown={(event) => {
              const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
              if (step === 0) return;
              const next = sheets[(sheets.indexOf(candidate) + step + sheets.length) % sheets.length];
              choose(next.id);
              document.getElementById(`tab-${next.id}`)?.focus();
            }}
          >
            {candidate.name}
          </button>
        ))}
      </div>
      <div
        id="sheet-panel"
        role="tabpanel"
        aria-labelledby={`tab-${sheet.id}`}
        className="sheet-panel"
        ref={grid}
      >
        <div className="formula-bar">
          <output className="name-box" aria-label={texts.nameBox}>
            {address}
          </output>
          <input
            ref={input}
            aria-label={`${texts.formulaBar} ${address}`}
            title={texts.formulaHint}
            value={draft ?? content}
            onFocus={() => setDraft((current) => current ?? content)}
            onChange={(event) => setDraft(event.target.value)}
            onBlur={() => setDraft(null)}
            onKeyDown={(event) => {
              if (event.key === "Enter") {
                event.preventDefault();
                commit();
              } else if (event.key === "Escape") {
                setDraft(null);
                grid.current?.querySelector<HTMLElement>(".grid")?.focus();
              }
            }}
          />
        </div>
        <SheetGrid
          model={model}
          sheet={sheet}
          revision={revision}
          rows={rows}
          columns={columns}
          selected={selected}
          language={language}
          label={texts.sheetGrid(sheet.name)}
          onSelect={(position) => {
            setSelected(position);
            onSelect?.(sheet.name, `${columnLetters(position.column)}${position.row + 1}`);
          }}
          onEdit={edit}
          onClear={() => onType(sheet.name, address, "")}
        />
      </div>
    </div>
  );
}
