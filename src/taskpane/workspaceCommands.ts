import type { SurplusRule } from "../engine/carryForward";
import type { Repair, WorkbookProblem } from "../engine/workbookProblem";
import type { BarStore } from "../excel/barStore";
import { SETTING_KEYS } from "../excel/schema";
import type { WorkbookData } from "../excel/toWorkbookData";
import type { ReportResult } from "../excel/writeStatusReport";
import { describeWorkbookProblem } from "../i18n/describeWorkbookProblem";
import { formatNumber } from "../i18n/formatNumber";
import type { Language } from "../i18n/language";
import type { PaneTexts } from "../i18n/paneTexts";

/**
 * The workspace's commands on the workbook besides the editor's: set-up, repairs, the
 * surplus rule and the status report. Each runs through `act` (useWorkbookActions: one at a
 * time, its message when done, why and a retry when it fails).
 */
export function workspaceCommands(options: {
  store: BarStore;
  data: WorkbookData;
  texts: PaneTexts;
  language: Language;
  act: (work: () => Promise<string | null>) => Promise<void>;
  writeReport: () => Promise<ReportResult>;
}) {
  const { store, data, texts, language, act, writeReport } = options;
  const setUp = (example: boolean) =>
    act(async () => {
      await store.setUp({ example });
      return texts.setUp.done;
    });
  const describeProblems = (problems: WorkbookProblem[]) =>
    problems.map((problem) => describeWorkbookProblem(problem, language));
  const repair = (what: Repair) =>
    act(async () => {
      const result = await store.repair(what);
      if (result.status === "blocked") throw new Error(describeProblems(result.problems).join(" "));
      // "stale": the workbook changed since the problem was found; reading again shows what is left.
      return result.status === "repaired" ? texts.problems.repaired : null;
    });
  // "Ret alle": the safe repairs one after another (each checks the workbook afresh), one message.
  const repairAll = (repairs: Repair[]) =>
    act(async () => {
      let done = 0;
      const refused: string[] = [];
      for (const what of repairs) {
        const result = await store.repair(what);
        if (result.status === "repaired") done++;
        if (result.status === "blocked") refused.push(...describeProblems(result.problems));
      }
      if (refused.length > 0) throw new Error(refused.join(" "));
      return texts.problems.repairedAll(formatNumber(done));
    });
  const setSurplusRule = (rule: SurplusRule) =>
    act(async () => {
      const edit = { column: "Value", from: data.settings.surplusRule, to: rule };
      const outcome = await store.saveCells("settings", SETTING_KEYS.surplusRule, [edit]);
      if (outcome.status !== "saved" && outcome.status !== "unchanged")
        throw new Error(texts.settingNotSaved);
      return null;
    });
  const report = () =>
    act(async () => {
      const result = await writeReport();
      if (result.status === "blocked") throw new Error(texts.report.blocked(result.address));
      return result.besideSheet
        ? texts.report.doneBeside(result.sheet, result.besideSheet)
        : texts.report.done(result.sheet);
    });
  return { setUp, repair, repairAll, setSurplusRule, report };
}
