import { isRange } from "../../engine/initiative";
import { NOT_ESTIMATED } from "../../engine/parseAmount";
import { formatEnd } from "../../engine/parseRange";
import { formatNumber, formatNumberRange } from "../formatNumber";
import type { ImportTexts } from "../importTexts";
import { daWorkbook } from "./workbook";

const n = (value: number) => formatNumber(value, "da");
const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

const FIELDS: ImportTexts["mapping"]["fields"] = {
  ignore: "Ignorér",
  id: "Id",
  name: "Navn",
  authorityArea: "Myndighedsområde",
  coreArea: "Kerneområde",
  status: "Status",
  owner: "Ansvarlig",
  note: "Bemærkning",
  kind: "Linjetype",
  focusArea: "Indsatsområde",
  fullYearEffect: "Helårsvirkning",
};

const UNITS: ImportTexts["mapping"]["units"] = {
  thousands: "1.000 kr.",
  kroner: "kr.",
  millions: "mio. kr.",
};

/** "Importér fra ark" in Danish. */
export const DANISH_IMPORT_TEXTS: ImportTexts = {
  open: "Importér fra ark",
  heading: "Importér initiativer fra et ark",
  intro:
    "Marker tabellen i Excel med overskriftsrækken (titelrækker over den må gerne komme med), og klik Brug markering. Eller skriv adressen.",
  useSelection: "Brug markering",
  addressLabel: "Adresse",
  addressHint: "Fx Ark1!A1:H40. Uden arknavn (A1:H40) læses det aktive ark.",
  readAddress: "Læs",
  reading: "Læser cellerne …",
  source: {
    read: (address, rows, columns) => `Læst: ${address} (${rows} rækker × ${columns} kolonner).`,
    onActiveSheet: (typed, sheet) => `${typed} er læst på det aktive ark, ${sheet}.`,
    empty: (address) => `Cellerne ${address} er tomme. Marker tabellen, og prøv igen.`,
    notAnAddress: (address) =>
      `"${address}" er ikke en celleadresse. Skriv fx Ark1!A1:H40, eller A1:H40 for det aktive ark.`,
    sheetMissing: (sheet) =>
      `Arket "${sheet}" findes ikke i projektmappen. Tjek stavningen, eller marker cellerne og klik Brug markering.`,
    multipleSelection:
      "Der er markeret flere områder. Marker ét sammenhængende område (uden Ctrl), og prøv igen.",
  },
  mapping: {
    heading: "Kolonner",
    intro: "Vælg for hver kolonne, hvad den skal importeres som. BAR har gættet ud fra overskrifterne.",
    headerRow: "Overskriftsrække",
    headerRowOption: (row, text) => `Række ${row}: ${text}`,
    unit: "Beløbene står i",
    units: UNITS,
    column: (letter, header) => (header ? `Kolonne ${letter} (${header})` : `Kolonne ${letter}`),
    fields: FIELDS,
  },
  notes: {
    noHeader: () => "BAR fandt ingen overskriftsrække. Vælg den nedenfor.",
    unitFound: ({ unit, text }) => `Beløbene læses i ${UNITS[unit]} (står i "${text}").`,
    unitAssumed: () =>
      "Arket siger ikke, hvilken enhed beløbene står i. De læses i 1.000 kr., som BAR gemmer dem; vælg en anden enhed, hvis det er forkert.",
    unitsDisagree: ({ texts }) =>
      `Arket nævner flere enheder (${texts.map((text) => `"${text}"`).join(", ")}). Vælg den rigtige.`,
    relativeYears: ({ budgetYear }) => `BO1, BO2 … tælles fra budgetåret ${budgetYear}.`,
    yearOutsideHorizon: ({ column, year }) =>
      `Kolonne ${column} (${year}) ligger uden for projektmappens år og importeres ikke.`,
    nameGuessed: ({ column }) => `Ingen overskrift hedder Navn; kolonne ${column} bruges som navn.`,
    noName: () => "Vælg, hvilken kolonne der er initiativernes navn.",
    noYears: () => "Ingen kolonne er valgt som et år: initiativerne importeres uden beløb.",
    fieldTwice: ({ field, columns }) =>
      `Kolonnerne ${columns.join(" og ")} er begge valgt som ${field.startsWith("year:") ? field.slice(5) : FIELDS[field as keyof typeof FIELDS]}. Vælg én.`,
  },
  preview: {
    heading: "Forhåndsvisning",
    summary: (count, value) => `${count} ${plural(value, "initiativ importeres", "initiativer importeres")}.`,
    empty: (count, value) => `${count} ${plural(value, "tom række", "tomme rækker")} springes over.`,
    withProblems: (count, value) =>
      `${count} ${plural(value, "række har fejl og importeres", "rækker har fejl og importeres")} ikke.`,
    firstRows: (shown, total) => `Viser de første ${shown} af ${total}.`,
    name: "Navn",
    authorityArea: "Myndighedsområde",
    problemsHeading: "Fejl og advarsler",
    leftOutHeading: "Udeladt med vilje",
    more: (count) => `… og ${count} mere.`,
    total: (row, name) => `Række ${row} (${name}) er en sumrække og importeres ikke.`,
    target: (row, name, amounts) =>
      `Række ${row} (${name}) er et reduktionsmål, ikke et initiativ, og importeres ikke: ${amounts}. Skriv målet i BAR_Targets.`,
    headingRow: (row, name) => `Række ${row} (${name}) er en mellemoverskrift og importeres ikke.`,
  },
  row: (row) => `Række ${row}`,
  cell: (row, column, header) => `Række ${row}, kolonne ${column}${header ? ` (${header})` : ""}`,
  problems: {
    notAnAmount: ({ found }, where) =>
      `${where}: "${found}" er ikke et beløb. Ret cellen (fx -1.257 eller - for ikke skønnet), eller ignorér kolonnen.`,
    notAnEstimate: ({ found }, where) =>
      `${where}: "${found}" er hverken et beløb eller et interval. Ret cellen (fx -1.257, 7,5-14,5, -1.500 til -900 eller - for ikke skønnet), eller ignorér kolonnen.`,
    rangeNotAllowed: ({ found }, where) =>
      `${where}: "${found}" er et interval, men helårsvirkningen er ét beløb. Skriv det forventede beløb (fx -1.257) eller - for ikke skønnet.`,
    lowAboveHigh: ({ found, low, high }, where) =>
      `${where}: intervallet "${found}" har den lave ende ${n(low)} over den høje ${n(high)}. Skriv den laveste først (fx ${formatEnd(high, "da")} til ${formatEnd(low, "da")}); BAR bytter ikke om på dem.`,
    ambiguousAmount: ({ found, readings }, where) =>
      `${where}: "${found}" kan betyde ${n(readings[0])} eller ${n(readings[1])}. Skriv tusinder uden skilletegn (fx -1257).`,
    amountTooLarge: ({ found }, where) => `${where}: "${found}" er for stort til at regne præcist med.`,
    threeDecimals: ({ value, suggestion }, where) =>
      `${where}: ${n(value)} har tre decimaler. Var det ${n(suggestion)} (punktum som tusindtalsskilletegn)? Det importeres som ${n(value)}.`,
    unknownCode: ({ field, found }, where) =>
      `${where}: "${found}" er ikke et kendt ${FIELDS[field].toLowerCase()}; standardværdien bruges.`,
    nameMissing: (_, where) => `${where}: rækken har beløb eller tekst, men intet navn.`,
    duplicate: ({ firstRow }, where) =>
      `${where}: samme navn og myndighedsområde som række ${firstRow}; kun den første importeres.`,
    alreadyInWorkbook: ({ id }, where) =>
      `${where}: et initiativ med samme navn og myndighedsområde findes allerede i projektmappen (${id}).`,
    duplicateId: ({ id, firstRow }, where) => `${where}: Id'et "${id}" bruges også i række ${firstRow}.`,
    idTaken: ({ id }, where) => `${where}: Id'et "${id}" findes allerede i projektmappen.`,
    newId: ({ id }, where) => `${where}: intet Id; rækken får Id'et ${id}.`,
    initiative: ({ problem }, where) =>
      `${where}: ${(daWorkbook.initiativeProblems[problem.code] as (p: typeof problem) => string)(problem)}`,
  },
  amount: (effect) =>
    isRange(effect) ? formatNumberRange(effect, "da") : effect === NOT_ESTIMATED ? "-" : n(effect),
  importButton: (count, value) => `Importér ${count} ${plural(value, "initiativ", "initiativer")}`,
  importing: "Importerer …",
  cancel: "Annuller",
  done: (count, value) =>
    `${count} ${plural(value, "initiativ er importeret", "initiativer er importeret")}.`,
  doneSkipped: (count, skipped) =>
    `${count} initiativer er importeret; ${skipped} blev sprunget over, fordi deres Id var taget imens.`,
  failed: "Intet blev importeret:",
};
