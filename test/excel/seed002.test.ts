import { calculateOverview } from "../../src/engine/overview";
import { SEED_002_INITIATIVES as SRC_SEED } from "../../src/excel/seed002";
import { createBarStore } from "../../src/excel/barStore";
import { FakeWorkbook } from "../../src/preview/officeFake";
import {
  SEED_002_INITIATIVES,
  SEED_002_NET_WITHOUT_CARRY,
  SEED_002_NET_WITH_CARRY,
} from "../fixtures/seed002";

async function seededData() {
  const client = new FakeWorkbook().createClient();
  const store = createBarStore({ run: client.run, user: () => "Anna" });
  await store.setUp({ example: true });
  return store.read();
}

describe("the seed 002 example", () => {
  it("has the lines and amounts of the April 2021 table", () => {
    const lines = SRC_SEED.map((line) => [
      line.name,
      [2021, 2022, 2023, 2024].map((year) => line.effects[year]),
    ]);
    const table = SEED_002_INITIATIVES.map((line) => [
      line.name,
      line.effects.map((effect) => (effect === "-" ? "notEstimated" : effect)),
    ]);
    expect(lines).toEqual(table);
  });

  it("gives the table's net outstanding from a set-up workbook", async () => {
    const data = await seededData();
    const overview = calculateOverview({
      ...data,
      surplusRule: "none",
      staleAfterDays: 60,
      now: new Date("2021-05-01"),
    });
    expect(overview.targets[0].years.map((year) => year.outstanding)).toEqual(SEED_002_NET_WITHOUT_CARRY);
  });

  it("gives 0, -720, -3440, -8160 with the carry-forward setting of a set-up workbook", async () => {
    const data = await seededData();
    const overview = calculateOverview({
      ...data,
      surplusRule: data.settings.surplusRule,
      staleAfterDays: data.settings.staleAfterDays,
      now: new Date("2021-05-01"),
    });
    expect(overview.targets[0].years.map((year) => year.outstanding)).toEqual(SEED_002_NET_WITH_CARRY);
  });
});
