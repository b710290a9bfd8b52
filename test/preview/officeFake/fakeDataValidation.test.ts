import { FakeWorkbook, type FakeExcelClient } from "../../../src/preview/officeFake/fakeExcel";
import { hostProfile, type HostProfile } from "../../../src/preview/officeFake/host/hostProfile";

const LIST: Excel.DataValidationRule = { list: { inCellDropDown: true, source: "ja,nej" } };
const WHOLE: Excel.DataValidationRule = {
  wholeNumber: { formula1: 0, operator: "GreaterThan" as Excel.DataValidationOperator },
};

function sheet(overrides: Partial<HostProfile> = {}): FakeExcelClient {
  const workbook = new FakeWorkbook(hostProfile("web", overrides));
  workbook.model.addSheet("Ark1");
  return workbook.createClient("Anna");
}

function setRule(client: FakeExcelClient, address: string, rule: Excel.DataValidationRule) {
  return client.run(async (context) => {
    context.workbook.worksheets.getItem("Ark1").getRange(address).dataValidation.rule = rule;
    await context.sync();
  });
}

function typeOf(client: FakeExcelClient, address: string): Promise<string> {
  return client.run(async (context) => {
    const validation = context.workbook.worksheets.getItem("Ark1").getRange(address).dataValidation;
    validation.load("type");
    await context.sync();
    return validation.type;
  });
}

function validatedCells(client: FakeExcelClient, address: string) {
  return client.run(async (context) => {
    const found = context.workbook.worksheets
      .getItem("Ark1")
      .getRange(address)
      .getSpecialCellsOrNullObject("DataValidations")
      .load("address");
    await context.sync();
    return found.isNullObject ? null : found.address;
  });
}

describe("data validation type", () => {
  it("reads None where no cell has a rule", async () => {
    expect(await typeOf(sheet(), "A1:A5")).toBe("None");
  });

  it("reads the rule's type where every cell has the same rule", async () => {
    const client = sheet();
    await setRule(client, "A1:A5", LIST);
    await setRule(client, "B1:B5", WHOLE);
    expect([await typeOf(client, "A1:A5"), await typeOf(client, "B2")]).toEqual(["List", "WholeNumber"]);
  });

  it("reads Inconsistent where the cells have different rules", async () => {
    const client = sheet();
    await setRule(client, "A1:A2", LIST);
    await setRule(client, "A3:A5", WHOLE);
    expect(await typeOf(client, "A1:A5")).toBe("Inconsistent");
  });

  it("reads a partly validated range as Inconsistent, as builds with the known issue do (strict)", async () => {
    const client = sheet();
    await setRule(client, "A1:A2", LIST);
    expect(await typeOf(client, "A1:A5")).toBe("Inconsistent");
  });

  it("reads it as MixedCriteria where the host does as documented", async () => {
    const client = sheet({ partialValidationType: "MixedCriteria" });
    await setRule(client, "A1:A2", LIST);
    expect(await typeOf(client, "A1:A5")).toBe("MixedCriteria");
  });

  it("reads None again after clear()", async () => {
    const client = sheet();
    await setRule(client, "A1:A5", LIST);
    await client.run(async (context) => {
      context.workbook.worksheets.getItem("Ark1").getRange("A1:A5").dataValidation.clear();
      await context.sync();
    });
    expect(await typeOf(client, "A1:A5")).toBe("None");
  });
});

describe("setting a rule", () => {
  it("fails with InvalidArgument over cells whose validation differs (office-js #2594)", async () => {
    const client = sheet();
    await setRule(client, "A1:A2", WHOLE);
    await expect(setRule(client, "A1:A5", LIST)).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(await typeOf(client, "A3:A5")).toBe("None");
  });

  it("fails with InvalidArgument for a rule of two types", async () => {
    await expect(setRule(sheet(), "A1", { ...LIST, ...WHOLE })).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });
});

describe("cells with validation criteria", () => {
  it("is a null object where no cell has a rule", async () => {
    expect(await validatedCells(sheet(), "A1:A9")).toBeNull();
  });

  it("names the validated runs of the range, sheet by sheet, as RangeAreas.address does", async () => {
    const client = sheet();
    await setRule(client, "A2:A3", LIST);
    await setRule(client, "A6", WHOLE);
    await setRule(client, "B1", LIST);
    expect(await validatedCells(client, "A1:A9")).toBe("Ark1!A2:A3, Ark1!A6");
  });

  it("fails with ApiNotFound below ExcelApi 1.9", async () => {
    const client = sheet({ apiVersions: { ExcelApi: "1.8", CustomFunctionsRuntime: "1.3" } });
    await expect(validatedCells(client, "A1")).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
