import type { Repair, WorkbookProblem } from "../../src/engine/workbookProblem";
import {
  describeRepair,
  describeWorkbookProblem,
  workbookTexts,
} from "../../src/i18n/describeWorkbookProblem";

const ABC: WorkbookProblem = {
  key: "invalidAmount",
  severity: "error",
  table: "BAR_Initiatives",
  id: "S002-02",
  column: "2023",
  address: "BAR!K3",
  found: "abc",
};

describe("describeWorkbookProblem", () => {
  it("says in Danish where abc is and what to type instead", () => {
    expect(describeWorkbookProblem(ABC, "da")).toBe(
      'BAR!K3: "abc" i kolonnen 2023 er hverken et beløb eller et interval og tælles ikke med. Skriv et tal (fx -1.257), et interval (fx -1.500 til -900) eller "-" for ikke skønnet.',
    );
  });

  it("says it in English too", () => {
    expect(describeWorkbookProblem(ABC, "en")).toContain(
      'BAR!K3: "abc" in column 2023 is neither an amount nor a range',
    );
  });

  it("says a target's cell is no amount, without offering a range", () => {
    const target: WorkbookProblem = { ...ABC, table: "BAR_Targets" };
    expect(describeWorkbookProblem(target, "da")).toContain("er ikke et beløb og tælles ikke med");
  });

  it("says a range's ends are in the wrong order and how to write it, without swapping them", () => {
    const range: WorkbookProblem = { ...ABC, key: "invalidRange", found: "14,5-7,5", low: 14.5, high: 7.5 };
    expect(describeWorkbookProblem(range, "da")).toBe(
      'BAR!K3: intervallet "14,5-7,5" i kolonnen 2023 har den lave ende 14,5 over den høje 7,5, så det tælles ikke med. Skriv den laveste først (fx 7,5 til 14,5); BAR bytter ikke om på dem.',
    );
    expect(describeWorkbookProblem(range, "en")).toContain("(e.g. 7.5 to 14.5)");
  });

  it("puts Excel's text apostrophe before a suggested range that starts with a minus", () => {
    const range: WorkbookProblem = {
      ...ABC,
      key: "invalidRange",
      found: "-300 til -600",
      low: -300,
      high: -600,
    };
    expect(describeWorkbookProblem(range, "da")).toContain(
      "(fx '-600 til -300, med apostroffen foran, ellers gør Excel et minus først til en formel)",
    );
    expect(describeWorkbookProblem(range, "en")).toContain(
      "(e.g. '-600 to -300, with the apostrophe before it, or Excel makes a leading minus a formula)",
    );
  });

  it("names a suspected rename", () => {
    const renamed: WorkbookProblem = {
      key: "columnMissing",
      severity: "error",
      table: "BAR_Initiatives",
      column: "Name",
      renamedTo: "Navn",
    };
    expect(describeWorkbookProblem(renamed, "da")).toBe(
      'Kolonnen "Name" i BAR_Initiatives mangler; det ser ud til, at den er omdøbt til "Navn". Indtil den har sit navn igen, læses dens indhold ikke.',
    );
  });

  it("names a deleted table", () => {
    const missing: WorkbookProblem = { key: "tableMissing", severity: "error", table: "BAR_Targets" };
    expect(describeWorkbookProblem(missing, "en")).toMatch(/^The table BAR_Targets is missing/);
  });
});

describe("describeWorkbookProblem for drop-downs", () => {
  const missing: WorkbookProblem = {
    key: "codeListsMissing",
    severity: "info",
    columns: [
      { table: "BAR_Initiatives", column: "Kind", address: "BAR!B2:B8", partial: false },
      { table: "BAR_Initiatives", column: "Status", address: "BAR!G2, BAR!G5:G8", partial: true },
    ],
  };

  it("names the columns in Danish, and the cells where only part of a column lacks one", () => {
    expect(describeWorkbookProblem(missing, "da")).toBe(
      "Der er ingen rulleliste med de tilladte koder i BAR_Initiatives[Kind]; BAR_Initiatives[Status] i BAR!G2, BAR!G5:G8 (kolonnens øvrige celler beholder den regel, de har). Listerne hjælper kolleger, der skriver i tabellen uden BAR; BAR læser tabellen ens med og uden dem.",
    );
  });

  it("says in English that BAR reads the table the same without them", () => {
    expect(describeWorkbookProblem(missing, "en")).toMatch(
      /^No drop-down list of the allowed codes in BAR_Initiatives\[Kind\]; .*BAR reads the table the same without them\.$/,
    );
  });
});

describe("describeRepair", () => {
  it("labels marking a cell not estimated in words", () => {
    const repair: Repair = {
      kind: "setCell",
      table: "BAR_Initiatives",
      id: "S002-02",
      column: "2023",
      from: "abc",
      to: "-",
    };
    expect(describeRepair(repair, "da")).toBe('Erstat "abc" med - (ikke skønnet)');
  });

  it("writes a setting's year as a year, not as an amount", () => {
    const repair: Repair = {
      kind: "setCell",
      table: "BAR_Settings",
      id: "BudgetYear",
      column: "Value",
      from: "abc",
      to: 2021,
    };
    expect([describeRepair(repair, "da"), describeRepair(repair, "en")]).toEqual([
      'Erstat "abc" med 2021',
      'Replace "abc" with 2021',
    ]);
  });

  it("labels adding drop-downs with what it does to the data", () => {
    const repair: Repair = {
      kind: "addCodeLists",
      columns: [{ table: "BAR_Initiatives", column: "Status" }],
      keepsOtherRules: true,
    };
    expect(describeRepair(repair, "da")).toBe(
      "Tilføj rullelister (ingen værdi ændres, heller ikke en, der ikke står på listen: Excel tjekker kun det, der skrives bagefter; celler, der allerede har en regel, beholder den)",
    );
  });

  it("formats numbers the Danish way", () => {
    const repair: Repair = {
      kind: "setCell",
      table: "BAR_Initiatives",
      id: "S002-02",
      column: "2023",
      from: "-1.257",
      to: -1257,
    };
    expect(describeRepair(repair, "en")).toBe('Replace "-1.257" with -1.257');
  });
});

describe("workbookTexts", () => {
  it("has a word for every stored code in both languages, and they differ", () => {
    const da = workbookTexts("da");
    const en = workbookTexts("en");
    expect(Object.keys(da.statuses)).toEqual(Object.keys(en.statuses));
    expect(Object.values(da.statuses)).not.toEqual(Object.values(en.statuses));
  });

  it("names every severity in both languages", () => {
    expect([workbookTexts("da").severity.info, workbookTexts("en").severity.info]).toEqual([
      "Oplysning",
      "Information",
    ]);
  });
});
