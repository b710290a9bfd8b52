/**
 * Danish names and help for the BAR custom functions. The build turns this table and the
 * English `functions.json` (from JSDoc) into `functions.da-DK.json`; a test checks that
 * both list the same functions and parameters.
 */

/** Danish display names of the functions' arguments, keyed by their English (JSDoc) names. */
export const DANISH_PARAMETER_NAMES: Record<string, string> = {
  targets: "mål",
  achieved: "opnået",
  mode: "regel",
  detail: "detaljer",
  headroom: "råderum",
  cash: "kasse",
  minHeadroom: "min_råderum",
  optimalHeadroom: "optimalt_råderum",
  minCash: "min_kasse",
};

/** Danish texts of one function: its name in Danish Excel, its help, and each parameter's help. */
export type DanishFunctionText = {
  name: string;
  description: string;
  result: string;
  parameters: Record<string, string>;
};

/** Keyed by function id (the English upper-case name); parameters in declaration order. */
export const DANISH_FUNCTION_TEXTS: Record<string, DanishFunctionText> = {
  CARRYFORWARD: {
    name: "OVERFØR",
    description: "Udestående reduktion pr. år, når et års manglende reduktion lægges oven i næste års mål.",
    result: "Udestående pr. år med målenes fortegn: med negative mål betyder -720, at 720 endnu mangler.",
    parameters: {
      targets:
        "Reduktionsmål pr. år i én række eller kolonne (niveauer, ikke tilvækster), fx -2000, -3000, -5000, -7000.",
      achieved:
        'Initiativernes effekt pr. år: én linje pr. initiativ, ét tal pr. år. Tom eller "-" (endnu ikke beregnet) tæller som 0.',
      mode: '"release" (standard): et overskud går til den generelle økonomi. "bank": et overskud sænker næste års mål. "none": intet overføres.',
      detail: "SAND giver fire linjer: effektivt mål, opnået, udestående, overført til næste år.",
    },
  },
  STRATEGYCHECK: {
    name: "STRATEGITJEK",
    description:
      'Vurderer hvert år mod den økonomiske strategi: "BREACH" (brud), "BELOW_OPTIMAL" (under optimalt) eller "OK".',
    result: 'En status pr. år: "BREACH", "BELOW_OPTIMAL" eller "OK" (#I/T for et år uden tal).',
    parameters: {
      headroom: "Råderum pr. år efter ordinær drift (positivt = overskud) i én række eller kolonne.",
      cash: "Disponibel kassebeholdning pr. år, samme længde og enhed som råderummet.",
      minHeadroom: "Mindste acceptable råderum; derunder er strategien brudt. Standard 70.",
      optimalHeadroom: 'Optimalt råderum; derunder er status "BELOW_OPTIMAL". Standard 100.',
      minCash: "Mindste acceptable disponible kassebeholdning; derunder er strategien brudt. Standard 100.",
    },
  },
};
