import { createBarStore, type BarStore, type Batch, type ExcelRun } from "./barStore";
import type { StatusReportTexts } from "./toStatusReport";
import type { ReportResult } from "./writeStatusReport";

/** What the pane gets to work with the workbook it runs in. */
export type WorkbookConnection = {
  store: BarStore;
  writeReport: (texts: StatusReportTexts) => Promise<ReportResult>;
};

/** Connects the pane to the workbook Excel opened it in; `user` names the person in the change log. */
export function connectWorkbook(user: () => string): WorkbookConnection {
  // Excel.run tells run options from an earlier run's context itself; both forms pass through.
  const run: ExcelRun = <T>(first: Excel.RunOptions | Excel.RequestContext, batch: Batch<T>) =>
    Excel.run(first as Excel.RunOptions, batch);
  // Since ExcelApi 1.20 a change can be one Ctrl+Z (docs/excel/excel-add-ins-undo-capabilities.md).
  const mergeUndoGroup = Office.context.requirements.isSetSupported("ExcelApi", "1.20");
  return {
    store: createBarStore({ run, user, mergeUndoGroup }),
    // Waits while the user types in a cell (docs/excel/excel-add-ins-delay-in-cell-edit.md).
    // The report is rare: its code loads on first use, outside the pane's first download.
    writeReport: async (texts) => {
      const { readAndWriteStatusReport } = await import("./writeStatusReport");
      return run({ delayForCellEdit: true, ...(mergeUndoGroup ? { mergeUndoGroup } : {}) }, (context) =>
        readAndWriteStatusReport(context, texts),
      );
    },
  };
}
