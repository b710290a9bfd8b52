import { columnLetters, parseAddress } from "../../src/excel/a1";
import { repairWorkbook } from "../../src/excel/repairWorkbook";
import { TABLE_NAMES, defaultSettings } from "../../src/excel/schema";
import type { FakeExcelClient } from "../../src/preview/officeFake/fakeExcel";
import { describeEachHost, readWith, setUpFake, stampBy } from "../support/fakeExcel";

const SETTINGS = defaultSettings(2025);

/** BAR_Calendar's body as Excel holds it: values, number formats and where it is. */
function calendarBody(client: FakeExcelClient) {
  return client.run(async (context) => {
    const body = context.workbook.tables
      .getItem(TABLE_NAMES.calendar)
      .getDataBodyRange()
      .load("values, numberFormat, address");
    await context.sync();
    return { values: body.values, numberFormat: body.numberFormat, address: body.address };
  });
}

/** Types into the calendar's `row`th body row (0-based) from its Date column on, as a user would. */
async function typeRow(client: FakeExcelClient, row: number, values: (string | number)[]) {
  const body = parseAddress((await calendarBody(client)).address);
  if (!body) throw new Error("no calendar body");
  const at = (offset: number) => `${columnLetters(body.column + offset)}${body.row + row + 1}`;
  const cell = `${body.sheet}!${at(0)}`;
  client.type(values.length === 1 ? cell : `${cell}:${at(values.length - 1)}`, [values]);
  return cell;
}

describeEachHost("BAR_Calendar", () => {
  it("is set up with the budget year's milestones as Excel dates", async () => {
    const { client } = await setUpFake({ settings: SETTINGS });
    const { values, numberFormat } = await calendarBody(client);
    expect(values).toHaveLength(10);
    // 26 February 2024 is Excel's day 45348.
    expect(values[0]).toEqual([45348, "Forårsseminar", "Kommunalbestyrelsen"]);
    expect(values[3]).toEqual([45544, "1. behandling", "Økonomiudvalget"]);
    expect(numberFormat.map((row) => row[0])).toEqual(Array(10).fill("yyyy-mm-dd"));
  });

  it("is read in the UI's terms: dates, and the keys of the names BAR knows", async () => {
    const { client } = await setUpFake({ settings: SETTINGS });
    const data = await readWith(client);
    expect(data.problems).toEqual([]);
    expect(data.calendar[3]).toEqual({
      date: { year: 2024, month: 9, day: 9 },
      milestone: "1. behandling",
      milestoneKey: "firstReading",
      who: "Økonomiudvalget",
      whoKey: "financeCommittee",
    });
    expect(data.calendar[9].date).toEqual({ year: 2024, month: 10, day: 15 });
  });

  it("reads what a user typed: a date moved, a milestone of their own", async () => {
    const { client } = await setUpFake({ settings: SETTINGS });
    await typeRow(client, 3, [45545]);
    await typeRow(client, 1, [45462, "Temamøde", "Kommunalbestyrelsen"]);
    const data = await readWith(client);
    expect(data.calendar[3].date).toEqual({ year: 2024, month: 9, day: 10 });
    expect(data.calendar[1]).toMatchObject({
      milestone: "Temamøde",
      milestoneKey: null,
      whoKey: "cityCouncil",
    });
  });

  it("knows a milestone typed in English, or as a date in ISO text", async () => {
    const { client } = await setUpFake({ settings: SETTINGS });
    await typeRow(client, 3, ["'2024-09-10", "First reading", "Finance committee"]);
    const data = await readWith(client);
    expect(data.calendar[3]).toMatchObject({
      date: { year: 2024, month: 9, day: 10 },
      milestoneKey: "firstReading",
      whoKey: "financeCommittee",
    });
  });

  it("makes a date that is not a date a problem naming the cell, and leaves the row out", async () => {
    const { client } = await setUpFake({ settings: SETTINGS });
    const cell = await typeRow(client, 3, ["9. septembre"]);
    const data = await readWith(client);
    expect(data.problems).toEqual([
      {
        key: "invalidDate",
        severity: "warning",
        table: "BAR_Calendar",
        address: cell,
        milestone: "1. behandling",
        found: "9. septembre",
      },
    ]);
    expect(data.calendar).toHaveLength(9);
  });

  it("is missing from a workbook set up before it, and the repair creates it with the defaults", async () => {
    const { client } = await setUpFake({ settings: SETTINGS });
    client.deleteTable(TABLE_NAMES.calendar, false);
    const before = await readWith(client);
    expect(before.problems).toEqual([
      { key: "tableMissing", severity: "error", table: "BAR_Calendar", repair: { kind: "setUp" } },
    ]);
    const result = await client.run((context) =>
      repairWorkbook(context, { kind: "setUp" }, before.years, stampBy("Anna")),
    );
    expect(result).toEqual({ status: "repaired" });
    const after = await readWith(client);
    expect(after.problems).toEqual([]);
    expect(after.calendar.map((entry) => entry.milestoneKey)).toContain("adoptionDeadline");
    expect(after.calendar[0].date).toEqual({ year: 2024, month: 2, day: 26 });
  });
});
