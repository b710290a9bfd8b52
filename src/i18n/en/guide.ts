import type { GuideTexts } from "../helpTexts";

/** "How to use BAR": the pane's workflows for budget staff, in English. */
export const ENGLISH_GUIDE: GuideTexts = {
  title: "How to use BAR",
  intro:
    "BAR keeps the balance between activities and frames: reduction targets, initiatives and the economic strategy live in ordinary Excel tables on the sheet BAR, so everyone in the workbook sees the same – colleagues without BAR too.",
  sections: [
    {
      heading: "Reduction targets",
      paragraphs: [
        "Choose Edit reduction targets under Overview. A target without an authority area is the overall target: every initiative counts once, those under Alle myndighedsområder too.",
        "A target for an authority area is a sub-target: the area's initiatives count toward it and also toward the overall target – not on top of it. Amounts are in DKK 1,000, reductions negative, e.g. -1,500 or -1,500.5.",
      ],
    },
    {
      heading: "Carrying forward between years",
      paragraphs: [
        "A year's shortfall is added to next year's target. A surplus follows the chosen rule: it is released, it lowers next year's target, or nothing is carried.",
      ],
    },
    {
      heading: "The strategy",
      paragraphs: [
        "Point BAR at headroom and cash in the budget model (Take figures from the budget model; Use selection takes the range you selected). The verdict follows the model when it recalculates.",
        "Under Edit the strategy you change the thresholds (e.g. at least DKK 70 m headroom) and add the council's own benchmarks.",
      ],
    },
    {
      heading: "Ranges and the unknown",
      paragraphs: [
        "An estimate that is still uncertain is written as a range: -1,500 to -900 (or the documents' 7.5-14.5). The low end first; BAR never swaps them. \"-\" or unknown means not estimated yet and never counts as 0. When you type in the sheet, put an apostrophe before a range that starts with a minus ('-1,500 to -900), or Excel takes it for a formula.",
        "The overview then shows what is outstanding as a band: pessimistic (the least reduction), expected (the midpoint) and optimistic, each case carried forward on its own. Coming challenges (the table BAR_Challenges, in DKK million) come off the headroom, and the strategy says for each year in which cases it holds, e.g. a breach in the pessimistic case.",
      ],
    },
    {
      heading: "Import from a sheet",
      paragraphs: [
        "If your initiatives are in another sheet, choose Import from sheet under Initiatives, select the table and check which columns are name, area, status and years. A year may be a range written as in BAR (7.5-14.5 or -1,500 to -900); both ends are scaled from the sheet's unit. The preview shows problems row by row before anything is saved; the import is one undo step.",
      ],
    },
    {
      heading: "A new budget year",
      paragraphs: [
        "New budget year adds columns for the new years next to the other years in every table. The old years stay as history, and you choose whether the latest estimates are carried over.",
      ],
    },
    {
      heading: "Undo, delete and restore",
      paragraphs: [
        "Everything BAR changes is written to BAR_ChangeLog. Undo my last change undoes your last change on every edition of Excel; History under an initiative sets one change back.",
        "A deleted initiative is kept whole in the log and can be restored under Show deleted initiatives – a row deleted straight in the sheet too.",
      ],
    },
    {
      heading: "Several people in one workbook",
      paragraphs: [
        "If a co-author changed the same thing while you were editing, BAR shows both versions and you choose. Changes typed straight into the tables reach the log too; when BAR does not know the person, it says a co-author.",
      ],
    },
  ],
};
