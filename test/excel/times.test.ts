import { TIME_FORMAT, decodeTime, encodeTime } from "../../src/excel/cells";
import { readChangeLog } from "../../src/excel/changeLog";
import { saveInitiative } from "../../src/excel/saveInitiative";
import { TABLE_NAMES } from "../../src/excel/schema";
import { readWith, setUpFake, stampBy, tableCells } from "../support/fakeExcel";

const YEARS = [2021, 2022, 2023, 2024];

describe("times people can read and sort", () => {
  it("writes a time as an Excel date-time in local time, formatted, and reads it back to the millisecond", () => {
    const iso = "2021-05-01T10:00:00.123Z";
    const cell = encodeTime(iso);
    expect(cell.numberFormat).toBe(TIME_FORMAT);
    const local = new Date(iso);
    const expected =
      Date.UTC(
        local.getFullYear(),
        local.getMonth(),
        local.getDate(),
        local.getHours(),
        local.getMinutes(),
        local.getSeconds(),
        local.getMilliseconds(),
      ) /
        86400000 +
      25569;
    expect(cell.value).toBeCloseTo(expected, 9);
    expect(decodeTime(cell.value)).toBe(iso);
  });

  it("keeps a blank time blank", () => {
    expect(encodeTime("")).toEqual({ value: "", numberFormat: TIME_FORMAT });
  });

  it("stamps ChangedAt and the change log's Time as date-times, and the store still reads them as times", async () => {
    const { workbook, client } = await setUpFake();
    const base = (await readWith(client)).initiatives[1];
    const at = "2021-06-02T08:30:00.000Z";
    await client.run((context) =>
      saveInitiative(context, { base, changes: { status: "decided" } }, YEARS, stampBy("Bo", at)),
    );
    const log = tableCells(workbook, TABLE_NAMES.changeLog);
    const timeColumn = log[0].indexOf("Time");
    expect(typeof log[log.length - 1][timeColumn]).toBe("number");
    const entries = await client.run((context) => readChangeLog(context, base.id));
    expect(entries.at(-1)?.time).toBe(at);
    expect((await readWith(client)).initiatives[1].lastChanged).toEqual({ at, by: "Bo" });
  });
});
