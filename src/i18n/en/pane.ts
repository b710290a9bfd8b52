import type { PaneTexts } from "../paneTexts";

/** The task pane in English. */
export const ENGLISH_PANE_TEXTS: PaneTexts = {
  tabs: { overview: "Overview", initiatives: "Initiatives", functions: "Functions" },
  languageLabel: "Language",
  guideLink: "How to use BAR",
  userNameLabel: "Your name (for the change log)",
  userNamePlaceholder: "Type your name, so the log shows who changed what",
  unnamedUser: "(no name)",
  refresh: { button: "Refresh", done: "The view is up to date." },
  languageNames: { da: "Dansk", en: "English" },
  loading: "Reading the workbook …",
  working: "Working …",
  start: {
    waiting: "Waiting for Excel …",
    silentTitle: "Excel is not answering",
    silent: (seconds) =>
      `BAR has waited ${seconds} seconds for Excel without an answer. The list of functions below can still be used. Try closing the BAR pane and opening it again; if that does not help, save the workbook, close it and open it again. If Excel answers later, BAR starts by itself.`,
    reload: "Reload BAR",
    officeJsMissing: "Office.js could not be loaded.",
    couldNotStart: (detail) => `BAR could not start: ${detail}`,
    unsupportedTitle: "This version of Excel is too old for BAR",
    unsupported: (sets) =>
      `BAR needs ${sets}, which this Excel does not support. Update Office (in Excel: File > Account > Update Options > Update Now), or open the workbook in Excel on the web. The list of functions below can still be read.`,
  },
  workbookCall: {
    operations: {
      read: "read the workbook",
      setUp: "set up the workbook",
      saveInitiative: "save the initiative",
      addInitiatives: "save the new initiative",
      saveCells: "save the setting",
      linkMeasure: "fetch the figures from the budget model",
      repair: "repair the workbook",
      readChangeLog: "read the change log",
      deleteInitiative: "delete the initiative",
      restoreInitiative: "restore the initiative",
      addRow: "add the row",
      deleteRow: "delete the row",
      logObservedChanges: "write changes to the change log",
      revertChange: "undo the change",
      readRange: "read the cells to import",
      watch: "follow changes in the workbook",
      startBudgetYear: "move to the new budget year",
      writeReport: "write the status report",
    },
    failed: (operation, reason) => `BAR could not ${operation}. ${reason}`,
    timedOut: (seconds) => `Excel did not answer within ${seconds} seconds.`,
    timedOutWrite: (seconds) =>
      `Excel did not answer within ${seconds} seconds. The change may have been saved anyway; check the workbook before you try again.`,
    codes: {
      GeneralException: "Excel reported an internal error.",
      AccessDenied:
        "Excel refused the operation; the workbook may be read-only, or you may only have read access.",
      ActivityLimitReached: "Excel is busy right now.",
      RequestAborted: "Excel aborted the operation.",
      ServiceNotAvailable: "The Excel service is not available right now.",
      InvalidOperationInCellEditMode: "Excel is editing a cell. Press Enter or Esc in Excel first.",
      InvalidOrTimedOutSession:
        "The connection to the workbook has expired. Save the workbook, close it and open it again.",
      ItemNotFound: "Something BAR needs is no longer in the workbook (such as a table or a sheet).",
      ItemAlreadyExists: "Something with the same name already exists in the workbook.",
      RequestPayloadSizeLimitExceeded: "There is too much data for one request in Excel on the web.",
      ResponsePayloadSizeLimitExceeded: "There is too much data for one request in Excel on the web.",
      InactiveWorkbook: "The workbook is not the active one. Click in the workbook and try again.",
      Conflict: "Excel could not complete the operation because of a conflict.",
    },
    otherCode: "Excel reported an error.",
    unexpected: "An unexpected error occurred.",
    code: (code) => `(Error code from Excel: ${code})`,
    retry: "Try again",
  },
  background: {
    retrying: (reason, seconds) =>
      `The view could not be updated after a change in the workbook. ${reason} BAR tries again in ${seconds} seconds; until then what you see may be out of date.`,
    gaveUp: (reason) =>
      `The view could not be updated after a change in the workbook. ${reason} BAR has tried several times and now waits for you; what you see may be out of date.`,
    watchFailed: (reason) =>
      `BAR cannot follow changes in the workbook, so the view does not update by itself. ${reason}`,
  },
  importFromSheet: "Import from sheet",
  settingNotSaved:
    "The setting was not saved: it was changed or deleted in the workbook meanwhile. The view is up to date; try again.",
  setUp: {
    heading: "Set up this workbook",
    intro:
      "BAR keeps initiatives, reduction targets and the strategy in tables on a sheet called BAR, so everyone sharing the workbook sees the same. Other sheets are not touched.",
    withExample: "Set up with the April 2021 example",
    empty: "Set up empty tables",
    done: "The workbook is set up.",
  },
  overview: {
    heading: (target) => `Reduction target: ${target}`,
    amountsIn: "1,000 DKK. Reductions are negative.",
    rows: {
      target: "Reduction target",
      achieved: "Achieved in total",
      unallocated: "Of which expected, not yet allocated",
      withoutCarry: "Net outstanding without carry-forward",
      effectiveTarget: "Target incl. carried",
      outstanding: "Net outstanding with carry-forward",
      met: "Target met",
      pessimistic: "– pessimistic",
      optimistic: "– optimistic",
      notEstimated: "Initiatives not estimated",
    },
    expected: (label) => `${label}, expected`,
    rangesNote: (count) =>
      `${count} initiatives have a range for at least one year. What is outstanding is shown as a band: pessimistic (the least reduction), expected (the midpoint) and optimistic; each case is carried forward on its own.`,
    metYes: "Yes",
    metNo: "No",
    metUnknown: "Unknown",
    notEstimatedNote: (count) =>
      `${count} initiatives have no estimate yet for at least one year; they count as unknown, not as 0.`,
    surplusRule: "Surplus rule",
    targetScope: (area) =>
      area === null
        ? "The overall target: every initiative counts once, those under Alle myndighedsområder too."
        : `Sub-target for ${area}: the area's initiatives count here and also in the overall target (not on top of it).`,
    nothingCarried:
      "Under the rule Nothing is carried forward, neither a shortfall nor a surplus moves to the next year: what is outstanding is the net outstanding without carry-forward.",
    byAuthorityArea: "Effect by authority area",
    byFocusArea: "Effect by focus area",
    noFocusArea: "No focus area",
    area: "Area",
    strategyHeading: (name) => (name ? `Economic strategy: ${name}` : "Economic strategy"),
    strategyLinkHint:
      "Point BAR at headroom and disposable cash (the BAR_Measures table or named ranges) to see the strategy year by year.",
    link: {
      heading: "Take figures from the budget model",
      addressLabel: (measure) => `${measure}: range`,
      addressHint: "One row or column with a figure per year, e.g. Budget!C10:F10",
      button: "Link",
      linked: (measure) => `${measure} now comes from the budget model.`,
      wrongShape: (expected, rows, columns) =>
        `The range must be one row or column of ${expected} cells (one per year); it is ${rows} × ${columns}.`,
      notAnAddress: (address) => `"${address}" is not a cell address. Type e.g. Budget!C10:F10.`,
      noSheet: (address) =>
        `"${address}" is an address without a sheet. Put the sheet's name in front, e.g. Budget!${address}, or select the cells and choose "Use selection".`,
      useSelection: "Use selection",
      multipleSelection: "Several ranges are selected. Select one range (without Ctrl) and try again.",
      relink: "Take the figures from somewhere else",
      sheetMissing: (sheet) => `There is no sheet "${sheet}" in the workbook.`,
    },
    strategyStatus: { BREACH: "Strategy breached", BELOW_OPTIMAL: "Below optimal", OK: "OK" },
    strategyMissing: "Unknown (numbers missing)",
    strategyInCase: (status, scenario) =>
      `${{ BREACH: "Breach", BELOW_OPTIMAL: "Below optimal", OK: "OK" }[status]} in the ${scenario} case`,
    challengesUnknown: (count, names) =>
      `${count} coming challenges are not estimated (${names}). Unknown is not 0, so the year cannot be decided.`,
    headroomAfterChallenges: (pessimistic, expected, optimistic) =>
      `Headroom after coming challenges: ${pessimistic} / ${expected} / ${optimistic} mio. kr. (pessimistic / expected / optimistic)`,
    estimatedChallengesAlone: (status, why) =>
      `With the estimated challenges alone: ${status.toLowerCase()}${why ? ` (${why})` : ""}.`,
    challengesNote: (count) =>
      `The headroom is after ${count} coming challenges (the table BAR_Challenges); in the pessimistic case they cost the most.`,
    strategyColumns: { year: "Year", status: "Status", why: "Why" },
    ruleFailed: (measure, value, comparison, threshold, severity) => {
      const kind =
        severity === "BELOW_OPTIMAL"
          ? "the optimum"
          : comparison === "atLeast"
            ? "the minimum"
            : "the maximum";
      return `${measure} ${value} DKK m is ${comparison === "atLeast" ? "below" : "above"} ${kind} ${threshold} DKK m`;
    },
    measureNames: { headroom: "Headroom", cash: "Disposable cash" },
    noTargets: "There are no reduction targets in the BAR_Targets table yet.",
  },
  initiatives: {
    heading: "Initiatives",
    filters: "Filters",
    search: "Search name, owner and note",
    all: "(all)",
    authorityArea: "Authority area",
    coreArea: "Core area",
    focusArea: "Focus area",
    status: "Status",
    name: "Name",
    owner: "Owner",
    note: "Note",
    kind: "Line type",
    fullYearEffect: "Full-year effect",
    lastChanged: "Last changed",
    shownOf: (shown, total) => `Showing ${shown} of ${total}`,
    totals: "Total (shown)",
    noEstimateFlag: "No estimate yet",
    rangeTitle: (expected) => `Range; expected ${expected}`,
    staleFlag: (days) => `Not updated for ${days} days`,
    neverStamped: "Never updated through BAR",
    add: "New initiative",
    edit: (name) => `Edit ${name}`,
    sortBy: (column) => `Sort by ${column}`,
    empty: "No initiatives match the filters.",
    unallocatedHeading: "Expected, not yet allocated",
    resetFilters: "Reset filters",
  },
  form: {
    addHeading: "New initiative",
    editHeading: (name) => `Edit: ${name}`,
    effectsLegend: "Effect per year (1,000 DKK)",
    effectHint: 'E.g. -1,257, or a range: -1,500 to -900. Type "-" when not estimated yet.',
    save: "Save",
    saving: "Saving …",
    cancel: "Cancel",
    saved: "Saved.",
    unchanged: "Nothing to save: nothing has changed.",
    notFound: "The initiative no longer exists; it was deleted in the workbook.",
    required: "Required",
    understood: (amount) => `Understood as ${amount}`,
    understoodNotEstimated: "Understood as: not estimated yet",
    understoodRange: (low, high, expected) =>
      `Understood as a range from ${low} to ${high} (expected ${expected})`,
    lowAboveHigh: (found, low, high) =>
      `"${found}": the low end ${low} is above the high end ${high}. Write the lower first.`,
    notAnAmount: (found) => `"${found}" is not an amount. Write e.g. -1,257 or -1257.5.`,
    wrongDecimalMark: (found, suggestion) =>
      `"${found}": in English the point is the decimal mark and the comma separates thousands. Type ${suggestion} if you mean a decimal number.`,
    length: (count, limit) => `${count} of at most ${limit} characters`,
    textTooLong: (field, limit, count) => `${field} can be at most ${limit} characters; it has ${count}.`,
    showOptions: "Show suggestions",
    discard: {
      title: "Discard your changes?",
      body: "You have changes that are not saved. If you close the form, they are lost.",
      discard: "Discard changes",
      keepEditing: "Keep editing",
    },
  },
  conflict: {
    heading: "Someone else changed the same thing",
    intro: (who) =>
      `${who ?? "A co-author"} changed the initiative while you were editing. Choose what should stand.`,
    empty: "(empty)",
    field: "Field",
    mine: "My version",
    theirs: "Their version",
    keepMine: "Keep mine",
    keepTheirs: "Keep theirs",
    keepChosen: "Save choices",
  },
  report: {
    button: "Write status report",
    done: (sheet) => `The status report is written on the sheet ${sheet}.`,
    doneBeside: (sheet, userSheet) =>
      `The status report is written on the new sheet ${sheet}. The sheet ${userSheet} was not written by BAR, so it was left alone.`,
    blocked: (address) =>
      `The status report has grown and the cells ${address} hold other content. Nothing was written: move those cells, then write the report again.`,
    sheetTitle: "Status of initiatives",
    targetRow: "Reduction target",
    netWithoutCarry: "Net outstanding without carry-forward",
    netWithCarry: "Net outstanding with carry-forward",
    chartTitle: "Target, achieved and outstanding with carry-forward per year",
    achievedSeries: "Achieved",
    targetSeries: "Reduction target",
    unit: "1,000 DKK",
  },
  problems: {
    heading: (count) => `${count} issues in the workbook need attention`,
    repair: "Fix",
    repaired: "Fixed.",
    repairAll: (count) => `Repair all (${count} repairs that change no value)`,
    repairedAll: (count) => `${count} repairs done.`,
  },
  changedByCoAuthor: "The workbook was changed by someone else; the view is up to date.",
};
