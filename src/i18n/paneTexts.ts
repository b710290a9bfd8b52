import type { StrategyStatus } from "../engine/strategy";
import { DANISH_PANE_TEXTS } from "./da/pane";
import { ENGLISH_PANE_TEXTS } from "./en/pane";
import type { Language } from "./language";

/** Every call the pane makes to the workbook, named as messages name it. */
export type WorkbookOperation =
  | "read"
  | "setUp"
  | "saveInitiative"
  | "addInitiatives"
  | "saveCells"
  | "linkMeasure"
  | "repair"
  | "readChangeLog"
  | "deleteInitiative"
  | "restoreInitiative"
  | "revertChange"
  | "logObservedChanges"
  | "addRow"
  | "deleteRow"
  | "readRange"
  | "watch"
  | "writeReport"
  | "startBudgetYear";

/** The Office error codes the pane explains in words; others get a general sentence and the code. */
export type ExplainedOfficeCode =
  | "GeneralException"
  | "AccessDenied"
  | "ActivityLimitReached"
  | "RequestAborted"
  | "ServiceNotAvailable"
  | "InvalidOperationInCellEditMode"
  | "InvalidOrTimedOutSession"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "InactiveWorkbook"
  | "Conflict";

/** The task pane's words in one language; the compiler checks each language has them all. */
export type PaneTexts = {
  tabs: { overview: string; initiatives: string; functions: string };
  languageLabel: string;
  /** The link to the "how to use BAR" page shipped with the add-in. */
  guideLink: string;
  userNameLabel: string;
  /** Shown in the empty name field: the log needs a name to say who changed what. */
  userNamePlaceholder: string;
  /** Written to the log as who changed something when the user has given no name. */
  unnamedUser: string;
  /** The explicit re-read, beside the report button. */
  refresh: { button: string; done: string };
  languageNames: Record<Language, string>;
  loading: string;
  working: string;
  /** Before Office has answered, when it does not, and when it is too old. */
  start: {
    waiting: string;
    silentTitle: string;
    /** `seconds` arrives formatted. */
    silent: (seconds: string) => string;
    reload: string;
    /** Why the pane runs without Office when Office.js itself did not load. */
    officeJsMissing: string;
    /** The last resort, written into the page when even rendering failed. */
    couldNotStart: (detail: string) => string;
    unsupportedTitle: string;
    /** `sets` arrives as a list in words, e.g. "ExcelApi 1.13 og SharedRuntime 1.1". */
    unsupported: (sets: string) => string;
  };
  /** A workbook call that failed or got no answer in time. */
  workbookCall: {
    operations: Record<WorkbookOperation, string>;
    failed: (operation: string, reason: string) => string;
    timedOut: (seconds: string) => string;
    /** A write that got no answer may still have reached the workbook. */
    timedOutWrite: (seconds: string) => string;
    codes: Record<ExplainedOfficeCode, string>;
    otherCode: string;
    /** A failure that did not come from Excel (no Office error code). */
    unexpected: string;
    code: (code: string) => string;
    retry: string;
  };
  /** Reading again after a change in the workbook, in the background. */
  background: {
    retrying: (reason: string, seconds: string) => string;
    gaveUp: (reason: string) => string;
    watchFailed: (reason: string) => string;
  };
  settingNotSaved: string;
  /** The button beside "Add initiative" that opens the import (its own texts load with it: importTexts.ts). */
  importFromSheet: string;
  setUp: {
    heading: string;
    intro: string;
    withExample: string;
    empty: string;
    done: string;
  };
  overview: {
    heading: (target: string) => string;
    amountsIn: string;
    rows: {
      target: string;
      achieved: string;
      unallocated: string;
      withoutCarry: string;
      effectiveTarget: string;
      outstanding: string;
      met: string;
      /** The band around the outstanding amount when some effect is a range. */
      pessimistic: string;
      optimistic: string;
      notEstimated: string;
    };
    /** The outstanding row's label when it is the expected case of a band. */
    expected: (label: string) => string;
    rangesNote: (count: string) => string;
    metYes: string;
    metNo: string;
    metUnknown: string;
    notEstimatedNote: (count: string) => string;
    surplusRule: string;
    /** Under a target's table: what counts toward it. `area` is null for the overall target. */
    targetScope: (area: string | null) => string;
    /** Under "Intet overføres": why the rows with carry-forward are not shown. */
    nothingCarried: string;
    byAuthorityArea: string;
    byFocusArea: string;
    noFocusArea: string;
    area: string;
    strategyHeading: (name: string) => string;
    strategyLinkHint: string;
    link: {
      heading: string;
      addressLabel: (measure: string) => string;
      addressHint: string;
      button: string;
      linked: (measure: string) => string;
      wrongShape: (expected: string, rows: string, columns: string) => string;
      notAnAddress: (address: string) => string;
      /** An address without its sheet ("B2:E2"): the model is on another sheet than BAR's. */
      noSheet: (address: string) => string;
      useSelection: string;
      multipleSelection: string;
      /** Shown when every measure is linked: the link section opens on request. */
      relink: string;
      sheetMissing: (sheet: string) => string;
    };
    strategyStatus: Record<StrategyStatus, string>;
    strategyMissing: string;
    /** The strategy's status in a case other than the expected one, when it differs. */
    strategyInCase: (
      status: "BREACH" | "BELOW_OPTIMAL" | "OK",
      scenario: "pessimistic" | "optimistic",
    ) => string;
    /** A year the coming challenges leave undecided: how many are not estimated, and which. */
    challengesUnknown: (count: string, names: string) => string;
    /** The headroom after the coming challenges in the three cases, formatted. */
    headroomAfterChallenges: (pessimistic: string, expected: string, optimistic: string) => string;
    challengesNote: (count: string) => string;
    /** What the estimated challenges alone give: a status and its words; the unknown ones left out. */
    estimatedChallengesAlone: (status: string, why: string) => string;
    strategyColumns: { year: string; status: string; why: string };
    /**
     * Why a year has its status, naming the kind of threshold and its unit, e.g. "Råderum 69
     * er under minimum 70 mio. kr." (a BREACH rule is the minimum or maximum; a
     * BELOW_OPTIMAL rule the optimum).
     */
    ruleFailed: (
      measure: string,
      value: string,
      comparison: "atLeast" | "atMost",
      threshold: string,
      severity: "BREACH" | "BELOW_OPTIMAL",
    ) => string;
    measureNames: Record<string, string>;
    noTargets: string;
  };
  initiatives: {
    heading: string;
    filters: string;
    search: string;
    all: string;
    authorityArea: string;
    coreArea: string;
    focusArea: string;
    status: string;
    name: string;
    owner: string;
    note: string;
    kind: string;
    fullYearEffect: string;
    lastChanged: string;
    shownOf: (shown: string, total: string) => string;
    totals: string;
    noEstimateFlag: string;
    /** The tooltip of a year given as a range: its expected value (the midpoint), formatted. */
    rangeTitle: (expected: string) => string;
    staleFlag: (days: string) => string;
    neverStamped: string;
    add: string;
    edit: (name: string) => string;
    sortBy: (column: string) => string;
    empty: string;
    unallocatedHeading: string;
    /** Clears every filter; shown while any is set. */
    resetFilters: string;
  };
  form: {
    addHeading: string;
    editHeading: (name: string) => string;
    effectsLegend: string;
    effectHint: string;
    save: string;
    saving: string;
    cancel: string;
    saved: string;
    unchanged: string;
    notFound: string;
    required: string;
    /** Beside an amount field: what BAR read from what was typed (`amount` arrives formatted). */
    understood: (amount: string) => string;
    understoodNotEstimated: string;
    /** A range typed in a year field: its ends and its expected value (the midpoint), formatted. */
    understoodRange: (low: string, high: string, expected: string) => string;
    lowAboveHigh: (found: string, low: string, high: string) => string;
    /** Not an amount in the UI language; the example follows its decimal mark. */
    notAnAmount: (found: string) => string;
    /** "1.25" in Danish, "1,25" in English: a decimal mark of the other language. */
    wrongDecimalMark: (found: string, suggestion: string) => string;
    /** Under a text field: how many characters of how many are used (both arrive formatted). */
    length: (count: string, limit: string) => string;
    textTooLong: (field: string, limit: string, count: string) => string;
    /** Asked when the user leaves the form (Escape, Cancel) with changes not saved. */
    discard: { title: string; body: string; discard: string; keepEditing: string };
    /** The label of a combobox's button that opens its list of suggestions. */
    showOptions: string;
  };
  conflict: {
    heading: string;
    /** `who` is null when no log entry names the person who made the change. */
    intro: (who: string | null) => string;
    /** An empty cell (no focus area, no note) in a version. */
    empty: string;
    field: string;
    mine: string;
    theirs: string;
    keepMine: string;
    keepTheirs: string;
    keepChosen: string;
  };
  report: {
    button: string;
    done: (sheet: string) => string;
    /** Written on a new sheet because a sheet of the report's name is the user's own. */
    doneBeside: (sheet: string, userSheet: string) => string;
    /** Nothing written: a grown report would cover cells that hold someone's content. */
    blocked: (address: string) => string;
    sheetTitle: string;
    targetRow: string;
    netWithoutCarry: string;
    netWithCarry: string;
    chartTitle: string;
    achievedSeries: string;
    targetSeries: string;
    unit: string;
  };
  problems: {
    heading: (count: string) => string;
    repair: string;
    repaired: string;
    /** One button for every safe repair offered ("Ret alle"); `count` of them. */
    repairAll: (count: string) => string;
    /** After "Ret alle": how many were done. */
    repairedAll: (count: string) => string;
  };
  changedByCoAuthor: string;
};

/** The task pane's words in the given language. */
export function paneTexts(language: Language): PaneTexts {
  return language === "da" ? DANISH_PANE_TEXTS : ENGLISH_PANE_TEXTS;
}
