import type { NewYearTexts } from "../newYearTexts";

/** Danish texts for a new budget year. */
export const NEW_YEAR_DA: NewYearTexts = {
  button: "Nyt budgetår",
  close: "Luk nyt budgetår",
  budgetYear: "Nyt budgetår",
  estimateYears: "Overslagsår",
  carry: "De nye år i initiativerne",
  carryOptions: {
    none: "Tomme (-, ikke estimeret)",
    lastYear: "Sidste års beløb videreføres",
    fullYearEffect: "Helårsvirkningen (FullYearEffect) videreføres",
  },
  targets: "Reduktionsmål for de nye år",
  targetsHint: "Beløb i 1.000 kr. (reduktioner negative); tomt: intet mål endnu",
  noTargets: "Der er ingen reduktionsmål.",
  summary: (history, added) =>
    `${history ? `Kolonnerne ${history} bliver som historik (de kan stadig læses i tabellerne, men tæller ikke i oversigten); ` : ""}${added} tilføjes i BAR_Initiatives, BAR_Targets og BAR_Measures, lige efter de andre år. BudgetYear og EstimateYears opdateres, og alt skrives i ændringsloggen. Kolleger, der har projektmappen åben, kan blive bedt om at opdatere.`,
  confirm: (year) => `Skift til budget ${year}`,
  notLater: (current) => `Det nye budgetår skal ligge efter ${current}.`,
  invalidYears: "Skriv et budgetår (fx 2025) og 0–12 overslagsår.",
  notAnAmount: (found) => `"${found}" er ikke et beløb. Skriv fx -7.000 eller -7.000,5.`,
  done: (span, carried) =>
    `Budgetåret er skiftet: ${span}.${carried > 0 ? ` ${carried} beløb er videreført og skrevet i ændringsloggen.` : ""}`,
  stale:
    "Budgetåret er ændret i projektmappen, siden den blev læst. Intet er ændret; se tallene igen, og prøv igen.",
};
