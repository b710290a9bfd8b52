import type { HelpTexts } from "../helpTexts";

/** English words and worked examples of the help pages; the examples use the seed 002 status table. */
export const ENGLISH_HELP_TEXTS: HelpTexts = {
  htmlLang: "en",
  argumentSeparator: ", ",
  pageTitle: (functionName) => `${functionName} – BAR help`,
  indexTitle: "The BAR functions",
  indexIntro:
    "BAR (balance between activities and frames) adds these functions to Excel. Type =BAR. in a cell to see them.",
  syntax: "Syntax",
  arguments: "Arguments",
  argument: "Argument",
  description: "Description",
  optional: "optional",
  result: "Result",
  examples: "Examples",
  allFunctions: "All BAR functions",
  otherLanguage: "Læs på dansk",
  examplesByFunction: {
    CARRYFORWARD: [
      {
        arguments: ["B2:E2", "B3:E9"],
        explanation:
          "The reduction targets -2,000, -3,000, -5,000 and -7,000 (DKK 1,000) are in B2:E2 and the initiatives of the April 2021 status note in B3:E9. The result is 0, -720, -3,440 and -8,160: what is missing in 2022 is added to the 2023 target, which becomes 5,720.",
      },
      {
        arguments: ["B2:E2", "B3:E9", '"none"'],
        explanation:
          "Without carry-forward: 0, -720, -2,720 and -4,720 – the net outstanding row of the status table.",
      },
      {
        arguments: ["B2:E2", "B3:E9", "", "TRUE"],
        explanation:
          "Four lines instead of one: effective target, achieved, outstanding, and carried to next year.",
      },
    ],
    STRATEGYCHECK: [
      {
        arguments: ["B2:E2", "B3:E3"],
        explanation:
          'Headroom of 60, 85, 110 and 120 (DKK million) in B2:E2 and disposable cash of 150, 120, 95 and 130 in B3:E3 give "BREACH", "BELOW_OPTIMAL", "BREACH" and "OK": 60 is below the minimum of 70, 85 is below the optimum of 100, and in the third year cash is below 100.',
      },
      {
        arguments: ["B2:E2", "B3:E3", "50", "80", "75"],
        explanation:
          'The same numbers against another strategy (headroom at least 50, optimally 80, cash at least 75): "BELOW_OPTIMAL", "OK", "OK" and "OK".',
      },
    ],
  },
};
