import { blankInitiative, type Initiative } from "../src/engine/initiative";
import { addInitiatives } from "../src/excel/addInitiatives";
import type { ChangeStamp } from "../src/excel/changeLog";
import { readWorkbook } from "../src/excel/readWorkbook";
import { saveInitiative } from "../src/excel/saveInitiative";
import { setUpWorkbook } from "../src/excel/setUpWorkbook";
import { FakeWorkbook, type FakeExcelClient } from "../src/preview/officeFake/fakeExcel";

const YEARS = [2021, 2022, 2023, 2024];
const IMPORTED = 5000;

function initiatives(count: number): Initiative[] {
  return Array.from({ length: count }, (_, index) => ({
    ...blankInitiative(`B-${index}`, YEARS),
    name: `Initiativ ${index}`,
    effects: { 2021: -index, 2022: -index, 2023: "notEstimated", 2024: -2 * index },
  }));
}

/** Round trips of one Excel.run on `client`: the syncs of the context it made. */
async function syncsOf<T>(client: FakeExcelClient, batch: (context: Excel.RequestContext) => Promise<T>) {
  const before = client.contexts.length;
  await client.run(batch);
  return client.contexts.slice(before).reduce((sum, context) => sum + context.syncCount, 0);
}

/** Counts context.sync() per store operation on the in-memory workbook and prints them beside their limits. */
export async function runStoreBench(): Promise<void> {
  const stamp: ChangeStamp = { by: "Bench", at: new Date("2026-11-22T12:00:00Z") };
  const workbook = new FakeWorkbook();
  const client = workbook.createClient("Bench");
  await client.run((context) => setUpWorkbook(context, { example: true }, stamp));
  const rows: [string, number, number][] = [];
  rows.push([
    `import ${IMPORTED.toLocaleString("en")} initiatives`,
    await syncsOf(client, (context) => addInitiatives(context, initiatives(IMPORTED), YEARS, stamp)),
    3,
  ]);
  let data = await client.run((context) => readWorkbook(context));
  rows.push([
    `read everything (${data.initiatives.length.toLocaleString("en")} initiatives)`,
    await syncsOf(client, async (context) => {
      data = await readWorkbook(context);
    }),
    1,
  ]);
  const base = data.initiatives[0];
  rows.push([
    "save one edit (read-check-write)",
    await syncsOf(client, (context) =>
      saveInitiative(context, { base, changes: { owner: "Bench" } }, YEARS, stamp),
    ),
    2,
  ]);
  console.log("\nThe workbook store (issue 3): context.sync() round trips per operation");
  for (const [name, syncs, limit] of rows) {
    console.log(
      `${name.padEnd(58)} ${String(syncs).padStart(9)} syncs  limit ${limit}${syncs <= limit ? "  (met)" : "  (NOT met)"}`,
    );
  }
}
