import { toCalendarDate } from "../../engine/excelDate";
import type { InputErrorTexts } from "../inputErrorTexts";
import { DANISH_PARAMETER_NAMES } from "./functionTexts";

/** A date serial as 01-03-2024, the Danish way. */
function date(serial: number): string {
  const { year, month, day } = toCalendarDate(serial);
  return `${String(day).padStart(2, "0")}-${String(month).padStart(2, "0")}-${year}`;
}

/** A share as a Danish percentage with one decimal, e.g. 95,0 %. */
function percent(share: number): string {
  return `${(share * 100).toFixed(1).replace(".", ",")} %`;
}

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
    tooLarge: ({ limit }) => `beløbet er større end ${limit.toExponential()} og kan ikke beregnes præcist.`,
    blank: () => "cellen er tom. Et år uden tal kan ikke vurderes (ukendt er ikke nul).",
    emptyRange: () => "området er tomt.",
    notALine: ({ rows, columns }) =>
      `forventede én række eller én kolonne med et tal pr. år, men området er ${rows} rækker × ${columns} kolonner.`,
    notOneCell: ({ rows, columns }) =>
      `forventede én værdi, men fik et område på ${rows} × ${columns} celler.`,
    lengthMismatch: ({ expected, found, other }, name) =>
      `forventede ${expected} år som i ${name(other)}, men fandt ${found}.`,
    mixedSigns: () =>
      "målene blander positive og negative beløb. Skriv alle reduktioner som negative tal (som i dokumenterne) eller alle som positive.",
    unknownOption: ({ found, allowed }) =>
      `"${found}" er ikke tilladt her; brug en af: ${allowed.join(", ")}.`,
    thresholdOrder: ({ other }, name) => `skal være mindst ${name(other)}.`,
    missing: () => "mangler.",
    notADate: ({ found }) =>
      `forventede en dato (en datocelle eller tekst skrevet åååå-mm-dd, fra 01-03-1900 til 31-12-9999), men fandt "${found}".`,
    notSorted: ({ previous }) =>
      `datoen er tidligere end datoen før den (${date(previous)}). Skriv beholdningerne i datoorden; en dato uden for orden er som regel en tastefejl.`,
    notCovered: ({ firstDate, from, to }) =>
      `beholdningerne begynder ${date(firstDate)}, så de 365 dage fra ${date(from)} til ${date(to)} er ikke dækket. Gennemsnittet over 12 måneder kræver en beholdning senest ${date(from)}.`,
    blankInPair: ({ other }, name) => `cellen er tom, men ${name(other)} har en værdi på samme plads.`,
    notPositive: () => "forventede et tal større end 0.",
    negative: () => "forventede 0 eller mere, men fandt et negativt tal.",
    notInRange: ({ min, max, wholeNumber }) =>
      wholeNumber
        ? `forventede et helt tal fra ${min} til ${max}.`
        : `forventede et tal fra ${min} til ${max}${max === 1 ? " (en andel som 0,25 eller 25 %)" : ""}.`,
    tooFewValues: ({ minimum, found }) =>
      `forventede mindst ${minimum} værdier (tomme celler tæller ikke med), men fandt ${found}.`,
    wrongCount: ({ expected, found, other }, name) =>
      other
        ? `forventede ${expected} værdier, lige så mange som i ${name(other)}, men fandt ${found}.`
        : `forventede ${expected} værdier, men fandt ${found}.`,
    profileSum: ({ sum, tolerance }) =>
      `månedsandelene summerer til ${percent(sum)}, ikke 100 % (± ${percent(tolerance)}). Profilen skaleres ikke stiltiende.`,
    nothingElapsed: ({ months }) =>
      `andelene for de første ${months} måneder er alle 0, så forbruget til dato siger intet om hele året.`,
    incomeSign: () =>
      "skatter er indtægter og skal være 0 eller negative med budgettets fortegn (udgifter +, indtægter −). Skriv skatterne som negative beløb.",
  },
  parameterNames: DANISH_PARAMETER_NAMES,
};
