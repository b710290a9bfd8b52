import type { CellValue, CodeListGap } from "../../engine/workbookProblem";
import { formatNumber } from "../formatNumber";
import type { WorkbookTexts } from "../workbookTexts";

// A setting (BudgetYear, StaleAfterDays) is a count, not an amount: 2021, never "2.021".
const shown = (value: CellValue, plain = false) =>
  value === ""
    ? "(tom)"
    : value === "-"
      ? "- (ikke skønnet)"
      : typeof value === "number"
        ? plain
          ? String(value)
          : formatNumber(value)
        : `"${value}"`;

const SETTINGS_TABLE = "BAR_Settings";

const place = ({ table, column, address, partial }: CodeListGap) =>
  partial
    ? `${table}[${column}] i ${address} (kolonnens øvrige celler beholder den regel, de har)`
    : `${table}[${column}]`;

/** Danish texts for the workbook store. */
export const daWorkbook: WorkbookTexts = {
  severity: { error: "Fejl", warning: "Advarsel", info: "Oplysning" },
  problems: {
    notSetUp: () =>
      "Projektmappen har endnu ingen BAR-tabeller. Opsæt den for at begynde (andre ark røres ikke).",
    tableMissing: ({ table }) =>
      `Tabellen ${table} mangler; den er slettet eller omdøbt i hånden. Indtil den er tilbage, kan dens indhold hverken vises eller gemmes. Opretter du den igen, starter den tom (eller med de celler, der står tilbage på arket); slettede rækker kan findes med Fortryd (Ctrl+Z) eller i projektmappens versionshistorik.`,
    columnMissing: ({ table, column, renamedTo, candidates }) =>
      renamedTo
        ? `Kolonnen "${column}" i ${table} mangler; det ser ud til, at den er omdøbt til "${renamedTo}". Indtil den har sit navn igen, læses dens indhold ikke.`
        : (candidates ?? []).length > 0
          ? `Kolonnen "${column}" i ${table} mangler; en af kolonnerne ${(candidates ?? []).map((name) => `"${name}"`).join(" eller ")} er nok den omdøbte. Giv den rigtige navnet "${column}" igen i tabellens overskrift.`
          : `Kolonnen "${column}" i ${table} mangler.`,
    invalidAmount: ({ address, found, column, table }) =>
      table === "BAR_Initiatives"
        ? `${address}: "${found}" i kolonnen ${column} er hverken et beløb eller et interval og tælles ikke med. Skriv et tal (fx -1.257), et interval (fx -1.500 til -900) eller "-" for ikke skønnet.`
        : `${address}: "${found}" i kolonnen ${column} er ikke et beløb og tælles ikke med. Skriv et tal (fx -1.257) eller "-" for ikke skønnet.`,
    invalidRange: ({ address, found, column, low, high }) =>
      `${address}: intervallet "${found}" i kolonnen ${column} har den lave ende ${formatNumber(low, "da")} over den høje ${formatNumber(high, "da")}, så det tælles ikke med. Skriv den laveste først (fx ${high < 0 ? "'" : ""}${formatNumber(high, "da")} til ${formatNumber(low, "da")}${high < 0 ? ", med apostroffen foran, ellers gør Excel et minus først til en formel" : ""}); BAR bytter ikke om på dem.`,
    amountStoredAsText: ({ address, found, value }) =>
      `${address}: "${found}" er gemt som tekst. Det tælles med som ${formatNumber(value)}.`,
    invalidDate: ({ address, found, milestone }) =>
      `${address}: ${found === "" ? "(tom)" : `"${found}"`} er ikke en dato, så milepælen "${milestone}" er ikke med i budgetkalenderen. Skriv en dato (fx 9-9-2024).`,
    invalidCode: ({ address, found, column, allowed }) =>
      `${address}: "${found}" er ikke en gyldig værdi i ${column}. Brug en af: ${allowed.join(", ")}.`,
    missingId: ({ address, table, name }) =>
      `${address}: rækken "${name}" i ${table} har intet Id og bliver derfor hverken vist eller talt med.`,
    duplicateId: ({ address, table, id }) =>
      `${address}: Id'et "${id}" bruges to gange i ${table}; denne række bliver hverken vist eller talt med.`,
    invalidSetting: ({ address, setting, found }) =>
      `${address}: indstillingen ${setting} indeholder "${found}", som ikke kan bruges. Standardværdien bruges i stedet.`,
    missingSetting: ({ setting }) =>
      `Indstillingen ${setting} mangler i BAR_Settings. Standardværdien bruges i stedet.`,
    regionOccupied: ({ table, address }) =>
      `${table} kan ikke oprettes: cellerne ${address} indeholder andet. Flyt eller ryd dem, og prøv igen.`,
    blankRow: ({ table, address }) =>
      `${table} har en tom række (${address}). Slet rækken eller giv den et navn, og prøv igen: ellers kopierer Excel formlerne ind i den.`,
    blockedBelowTable: ({ table, address }) =>
      `${table} kan ikke udvides: cellerne ${address} ved siden af indeholder andet. Flyt dem, og prøv igen.`,
    codeListsMissing: ({ columns }) =>
      `Der er ingen rulleliste med de tilladte koder i ${columns.map(place).join("; ")}. Listerne hjælper kolleger, der skriver i tabellen uden BAR; BAR læser tabellen ens med og uden dem.`,
  },
  repairs: {
    setUp: () => "Opret de manglende BAR-tabeller",
    renameColumn: ({ from, to }) => `Omdøb "${from}" tilbage til "${to}" (dens data bevares)`,
    addColumn: ({ column }) => `Tilføj en tom kolonne "${column}" (alle rækker får "-" eller tom)`,
    setCell: ({ table, from, to }) =>
      `Erstat ${shown(from, table === SETTINGS_TABLE)} med ${shown(to, table === SETTINGS_TABLE)}`,
    addSetting: ({ setting, value }) => `Tilføj ${setting} med værdien ${shown(value)}`,
    assignId: () => "Giv rækken et nyt Id",
    addCodeLists: ({ keepsOtherRules }) =>
      `Tilføj rullelister (ingen værdi ændres, heller ikke en, der ikke står på listen: Excel tjekker kun det, der skrives bagefter${keepsOtherRules ? "; celler, der allerede har en regel, beholder den" : ""})`,
  },
  initiativeProblems: {
    idMissing: () => "Initiativet har intet Id.",
    nameMissing: () => "Giv initiativet et navn.",
    textTooLong: ({ field, limit }) => `Feltet ${field} er længere end ${formatNumber(limit)} tegn.`,
    unknownStatus: ({ found }) => `"${found}" er ikke en status.`,
    unknownFocusArea: ({ found }) => `"${found}" er ikke et indsatsområde.`,
    unknownKind: ({ found }) => `"${found}" er ikke en linjetype.`,
    effectInvalid: ({ year }) =>
      `Effekten for ${year === "fullYear" ? "helårsvirkningen" : year} er ikke et tal.`,
    effectTooLarge: ({ year }) =>
      `Effekten for ${year === "fullYear" ? "helårsvirkningen" : year} er for stor til at regne præcist med.`,
    estimateMissing: () => "Status siger skønnet, men intet år har et skøn endnu.",
  },
  amountProblems: {
    blank: () => 'Skriv et beløb, eller "-" hvis det ikke er skønnet endnu.',
    notANumber: ({ found }) => `"${found}" er ikke et beløb. Skriv fx -1.257 eller -1257.`,
    ambiguous: ({ found, readings }) =>
      `"${found}" kan betyde ${formatNumber(readings[0])} eller ${formatNumber(readings[1])}. Skriv tusinder uden skilletegn (fx -1257) og decimaler med et ciffer mere (fx -1,2570).`,
    tooLarge: ({ found }) => `"${found}" er for stort til at regne præcist med.`,
  },
  yearsProblems: {
    budgetYearInvalid: ({ first, last }) => `Budgetåret skal være et helt årstal fra ${first} til ${last}.`,
    estimateYearsInvalid: ({ max }) => `Antallet af overslagsår skal være et helt tal fra 0 til ${max}.`,
  },
  statuses: {
    idea: "Idé",
    analysis: "Analyse",
    estimated: "Skønnet",
    decided: "Besluttet",
    realised: "Realiseret",
    dropped: "Opgivet",
  },
  focusAreas: {
    visitation: "Visitation og tildelingskriterier",
    structure: "Struktur",
    closure: "Ophør/lukning",
    efficiency: "Effektivisering",
  },
  kinds: { initiative: "Initiativ", unallocated: "Forventet, men p.t. ufordelt" },
  surplusRules: {
    release: "Et overskud frigives (overføres ikke)",
    bank: "Et overskud sænker næste års mål",
    none: "Intet overføres",
  },
  notEstimated: "ikke skønnet",
};
