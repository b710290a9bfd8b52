import { createBarStore, type BarStore } from "./barStore";
import type { StatusReportTexts } from "./toStatusReport";
import { readAndWriteStatusReport } from "./writeStatusReport";

/** What the pane gets to work with the workbook it runs in. */
export type WorkbookConnection = {
  store: BarStore;
  writeReport: (texts: StatusReportTexts) => Promise<string>;
};

/** Connects the pane to the workbook Excel opened it in; `user` names the person in the change log. */
export function connectWorkbook(user: () => string): WorkbookConnection {
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Excel.run(batch);
  return {
    store: createBarStore({ run, user }),
    writeReport: (texts) => run((context) => readAndWriteStatusReport(context, texts)),
  };
}
