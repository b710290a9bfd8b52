import { toCalendarDate } from "../../engine/excelDate";
import { formatEnd } from "../../engine/parseRange";
import type { InputErrorTexts } from "../inputErrorTexts";
import { DANISH_PARAMETER_NAMES } from "./functionTexts";

/** A date serial as 2024-03-01: the form the functions accept as text (åååå-mm-dd), so it can be copied into a formula. */
function date(serial: number): string {
  const { year, month, day } = toCalendarDate(serial);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A share as a Danish percentage without binary noise: 0.9945 → "99,45". */
function percent(share: number): string {
  return String(Number((share * 100).toPrecision(12))).replace(".", ",");
}

/** "1 år", "2 år"; "1 værdi", "2 værdier". */
function count(amount: number, one: string, many: string): string {
  return `${amount} ${amount === 1 ? one : many}`;
}

/** What a value of each argument is, for messages about a blank or a count. */
const WHAT: Record<string, { one: string; many: string; blank: string }> = {
  targets: { one: "år", many: "år", blank: "Et år uden mål kan ikke overføres" },
  achieved: { one: "år", many: "år", blank: "Et år uden effekt kan ikke lægges sammen" },
  headroom: { one: "år", many: "år", blank: "Et år uden råderum kan ikke vurderes" },
  cash: { one: "år", many: "år", blank: "Et år uden kassebeholdning kan ikke vurderes" },
  taxes: { one: "år", many: "år", blank: "Et år uden skatter kan ikke lægges sammen" },
  grants: { one: "år", many: "år", blank: "Et år uden tilskud kan ikke lægges sammen" },
  operatingExpenditure: { one: "år", many: "år", blank: "Et år uden driftsudgifter kan ikke lægges sammen" },
  netInterest: { one: "år", many: "år", blank: "Et år uden renter kan ikke lægges sammen" },
  expenditure: { one: "periode", many: "perioder", blank: "En periode uden udgifter kan ikke opdeles" },
  citizens: { one: "periode", many: "perioder", blank: "En periode uden antal borgere kan ikke opdeles" },
  spentToDate: { one: "beløb", many: "beløb", blank: "Forbruget til dato er nødvendigt for en prognose" },
  monthsElapsed: {
    one: "værdi",
    many: "værdier",
    blank: "Antal bogførte måneder er nødvendigt for en prognose",
  },
  budget: { one: "budget", many: "budgetter", blank: "En konto uden budget har ingen afvigelse" },
  profile: { one: "månedsandel", many: "månedsandele", blank: "En måned uden andel kan ikke bruges" },
  dates: { one: "dato", many: "datoer", blank: "En beholdning uden dato kan ikke placeres" },
  balances: {
    one: "beholdning",
    many: "beholdninger",
    blank: "En dato uden beholdning kan ikke indgå i gennemsnittet",
  },
  asOf: { one: "dag", many: "dage", blank: "Dagen, der skal beregnes til, er nødvendig" },
  ownUnitCost: {
    one: "værdi",
    many: "værdier",
    blank: "Den egne enhedsudgift er nødvendig for en sammenligning",
  },
  peerUnitCosts: {
    one: "enhedsudgift",
    many: "enhedsudgifter",
    blank: "Enhedsudgifter er nødvendige for en sammenligning",
  },
  volume: { one: "værdi", many: "værdier", blank: "Den egne mængde er nødvendig for et potentiale" },
  values: { one: "værdi", many: "værdier", blank: "" },
  challenges: { one: "år", many: "år", blank: "" },
};

const thing = (argument: string) => WHAT[argument] ?? { one: "værdi", many: "værdier", blank: "" };

/** Danish messages for bad input to the BAR functions. */
export const daInputErrors: InputErrorTexts = {
  argument: (name) => `Argumentet ${name}`,
  cell: (address) => `celle ${address}`,
  position: (row, column) => `række ${row}, kolonne ${column} i området`,
  problems: {
    text: ({ found }) =>
      `forventede et tal, men fandt teksten "${found}". Skriv beløb som tal (fx -1257, ikke "1.257" som tekst).`,
    boolean: ({ found }) => `forventede et tal, men fandt ${found ? "SAND" : "FALSK"}.`,
    errorValue: ({ found }) => `cellen indeholder fejlen ${found}; ret den celle først.`,
    notFinite: () => "forventede et endeligt tal.",
    tooLarge: () =>
      "beløbet er større end 1E15 (1.000.000.000.000.000) i størrelse; ud over Excels 15 betydende cifre kan det ikke beregnes præcist.",
    resultTooLarge: () =>
      "resultatet ville blive større end 1E15 (1.000.000.000.000.000) i størrelse, ud over Excels 15 betydende cifre; kontrollér denne værdi.",
    blank: (_problem, _name, argument) =>
      `cellen er tom. ${thing(argument).blank || "En tom celle tælles ikke som 0"} (ukendt er ikke nul).`,
    notEstimated: ({ found, count }, _name, argument) =>
      `cellen indeholder "${found ?? "-"}" (endnu ikke beregnet). ${thing(argument).blank || "En værdi, der ikke er beregnet, tælles ikke som 0"} (ukendt er ikke nul).` +
      (count !== undefined && count > 1 ? ` I dette år er ${count} tal ikke skønnet.` : ""),
    emptyRange: () => "området er tomt.",
    notALine: ({ rows, columns }) =>
      `forventede én række eller én kolonne, men området er ${count(rows, "række", "rækker")} × ${count(columns, "kolonne", "kolonner")}.`,
    notOneCell: ({ rows, columns }) =>
      `forventede én værdi, men fik et område på ${count(rows, "række", "rækker")} × ${count(columns, "kolonne", "kolonner")}.`,
    lengthMismatch: ({ expected, found, other }, name, argument) =>
      `forventede ${count(expected, thing(argument).one, thing(argument).many)} som i ${name(other)}, men fandt ${found}.`,
    mixedSigns: () =>
      "målene blander positive og negative beløb. Skriv alle reduktioner som negative tal (som i dokumenterne) eller alle som positive.",
    unknownOption: ({ found, allowed }) =>
      `"${found}" er ikke tilladt her; brug en af: ${allowed.join(", ")}.`,
    thresholdOrder: ({ other }, name) => `skal være mindst ${name(other)}.`,
    missing: () => "mangler.",
    notADate: ({ found }) =>
      `forventede en dato (en datocelle eller tekst skrevet åååå-mm-dd, fra 1900-03-01 til 9999-12-31), men fandt "${found}".`,
    notSorted: ({ previous }) =>
      `datoen er tidligere end datoen før den (${date(previous)}). Skriv beholdningerne i datoorden; en dato uden for orden er som regel en tastefejl.`,
    notCovered: ({ firstDate, from, to }) =>
      `beholdningerne begynder ${date(firstDate)}, så de 365 dage fra ${date(from)} til ${date(to)} er ikke dækket. Gennemsnittet over 12 måneder kræver en beholdning senest ${date(from)}.`,
    blankInPair: ({ other }, name) => `cellen er tom, men ${name(other)} har en værdi på samme plads.`,
    notPositive: (_problem, _name, argument) =>
      argument === "citizens"
        ? "forventede et antal borgere større end 0."
        : "forventede et tal større end 0.",
    negative: (_problem, _name, argument) =>
      argument === "peerUnitCosts" || argument === "ownUnitCost"
        ? "forventede en enhedsudgift på 0 eller mere, men fandt et negativt tal."
        : argument === "profile"
          ? "forventede en månedsandel på 0 eller mere, men fandt et negativt tal."
          : "forventede 0 eller mere, men fandt et negativt tal.",
    notInRange: ({ min, max, wholeNumber }) =>
      wholeNumber
        ? `forventede et helt tal fra ${min} til ${max}.`
        : `forventede et tal fra ${min} til ${max}${max === 1 ? " (en andel som 0,25 eller 25 %)" : ""}.`,
    tooFewValues: ({ minimum, found }, _name, argument) =>
      `forventede mindst ${count(minimum, thing(argument).one, thing(argument).many)}${argument === "peerUnitCosts" ? " (tomme celler, 0 og - tæller ikke med)" : ""}, men fandt ${found}.`,
    wrongCount: ({ expected, found, other }, name, argument) =>
      other
        ? `forventede ${count(expected, thing(argument).one, thing(argument).many)}, lige så mange som i ${name(other)}, men fandt ${found}.`
        : `forventede ${count(expected, thing(argument).one, thing(argument).many)}, men fandt ${found}.`,
    profileSum: ({ sum, tolerance }) =>
      `månedsandelene summerer til ${percent(sum)} %, ikke 100 % (± ${percent(tolerance)} %). Profilen skaleres ikke stiltiende.`,
    nothingElapsed: ({ months }) =>
      `${months === 1 ? "andelen for den første måned er" : `andelene for de første ${months} måneder er alle`} 0, så forbruget til dato siger intet om hele året.`,
    incomeSign: () =>
      "skatter er indtægter og skal være 0 eller negative med budgettets fortegn (udgifter +, indtægter −). Skriv skatterne som negative beløb.",
    notARange: ({ found }) =>
      `forventede et tal, et interval eller "-" (ikke beregnet), men fandt teksten "${found}". Skriv et interval med den laveste værdi først: 0-20, 7,5-14,5 eller med fortegn -1.500 til -900.`,
    ambiguous: ({ found, readings }) =>
      `"${found}" kan være ${formatEnd(readings[0], "da")} eller ${formatEnd(readings[1], "da")}. Skriv intervallet med "til" (dansk talformat, -1.500 til -900).`,
    lowAboveHigh: ({ low, high }) =>
      `den laveste ende ${formatEnd(low, "da")} er over den højeste ${formatEnd(high, "da")}. Skriv det laveste tal først (reduktioner er negative: -1.500 til -900).`,
  },
  parameterNames: DANISH_PARAMETER_NAMES,
};
