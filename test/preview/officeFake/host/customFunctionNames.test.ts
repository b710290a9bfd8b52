import { FakeWorkbook } from "../../../../src/preview/officeFake/fakeExcel";
import { hostProfile, type HostProfile } from "../../../../src/preview/officeFake/host/hostProfile";
import { toEnglishFormula } from "../../../../src/preview/officeFake/host/customFunctionNames";

async function written(profile: HostProfile, kind: "formulas" | "formulasLocal", formula: string) {
  const workbook = new FakeWorkbook(profile);
  workbook.model.addSheet("Ark1");
  const client = workbook.createClient();
  await client.run(async (context) => {
    context.workbook.worksheets.getItem("Ark1").getRange("A1")[kind] = [[formula]];
    await context.sync();
  });
  return workbook.model.cell(workbook.model.sheets[0].id, 0, 0);
}

const english = hostProfile("web");
const danish = hostProfile("web", { displayLanguage: "da-DK" });

describe("BAR's custom function names", () => {
  it("resolve by their English names through formulas in English Excel", async () => {
    expect((await written(english, "formulas", "=BAR.CARRYFORWARD(B2:E2,B3:E9)"))?.nameError).toBeUndefined();
  });

  it("are #NAME? through formulas in Danish Excel, where the function is BAR.OVERFØR", async () => {
    expect((await written(danish, "formulas", "=BAR.CARRYFORWARD(B2:E2,B3:E9)"))?.nameError).toBe(true);
  });

  it("resolve by their Danish names through formulasLocal in Danish Excel, held in English", async () => {
    const cell = await written(danish, "formulasLocal", "=BAR.OVERFØR(B2:E2;B3:E9)");
    expect([cell?.nameError, cell?.formula]).toEqual([undefined, "=BAR.CARRYFORWARD(B2:E2,B3:E9)"]);
  });

  it("are #NAME? for a co-author who has not installed BAR", async () => {
    const cell = await written(
      hostProfile("web", { barInstalled: false }),
      "formulas",
      "=BAR.CARRYFORWARD(B2:E2,B3:E9)",
    );
    expect(cell?.nameError).toBe(true);
  });

  it("leave native formulas alone in every language", async () => {
    expect((await written(danish, "formulas", "=SUM(B2:B9)"))?.nameError).toBeUndefined();
  });

  it("translate Danish separators but not text inside quotes", () => {
    expect(toEnglishFormula('=BAR.OVERFØR(B2:E2;B3:E9;"a;b")', danish)).toBe(
      '=BAR.CARRYFORWARD(B2:E2,B3:E9,"a;b")',
    );
  });
});
