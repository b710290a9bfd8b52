import { blankInitiative, type Initiative } from "../src/engine/initiative";
import { addInitiatives } from "../src/excel/addInitiatives";
import { readChangeLog, type ChangeStamp } from "../src/excel/changeLog";
import { readWorkbook } from "../src/excel/readWorkbook";
import type { OwnWrite } from "../src/excel/ownWrite";
import { saveInitiative } from "../src/excel/saveInitiative";
import { readOwnWrites } from "../src/excel/settleOwnWrites";
import { setUpWorkbook } from "../src/excel/setUpWorkbook";
import { FakeWorkbook, type FakeExcelClient } from "../src/preview/officeFake/fakeExcel";
import { hostProfile } from "../src/preview/officeFake/host/hostProfile";

const YEARS = [2021, 2022, 2023, 2024];
const LIMIT = 5 * 1024 * 1024;
const NOTE = "Notat om initiativet, som analytikeren skrev. ".repeat(4);

function initiatives(count: number): Initiative[] {
  return Array.from({ length: count }, (_, index) => ({
    ...blankInitiative(`P-${index}`, YEARS),
    name: `Initiativ ${index}`,
    note: NOTE,
    effects: { 2021: -index, 2022: -index, 2023: "notEstimated", 2024: -2 * index },
  }));
}

/** The syncs of one Excel.run: bytes sent and received by each, and whether Excel refused it. */
async function payloadsOf<T>(client: FakeExcelClient, batch: (context: Excel.RequestContext) => Promise<T>) {
  const before = client.contexts.length;
  await client.run(batch);
  return client.contexts.slice(before).flatMap((context) => context.batch.payloads);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/**
 * Request and response bytes of each store operation, as the in-memory workbook meters them
 * for Excel on the web (host/payloadLimits.ts), beside the web's 5 MB limit: the largest
 * sync Excel accepted, and how many syncs it refused before the store went to blocks.
 */
export async function runPayloadBench(): Promise<void> {
  console.log(
    `\nThe workbook store on Excel on the web: bytes per sync beside the ${mb(LIMIT)} limit (notes of ${NOTE.length} characters)`,
  );
  for (const count of [5000, 50000]) {
    const stamp: ChangeStamp = { by: "Bench", at: new Date("2026-12-01T12:00:00Z") };
    const workbook = new FakeWorkbook(hostProfile("web"));
    const client = workbook.createClient("Bench");
    await client.run((context) => setUpWorkbook(context, { example: true }, stamp));
    const rows: [string, { request: number; response: number; failed: boolean }[]][] = [];
    rows.push([
      `import ${count.toLocaleString("en")}`,
      await payloadsOf(client, (c) => addInitiatives(c, initiatives(count), YEARS, stamp)),
    ]);
    let base: Initiative | undefined;
    rows.push([
      "read everything",
      await payloadsOf(client, async (c) => {
        base = (await readWorkbook(c)).initiatives[count - 1];
      }),
    ]);
    let written: OwnWrite | undefined;
    rows.push([
      "save one edit",
      await payloadsOf(client, async (c) => {
        const saved = await saveInitiative(
          c,
          { base: base as Initiative, changes: { owner: "Bo" } },
          YEARS,
          stamp,
        );
        if (saved.status === "saved") written = saved.written;
      }),
    ]);
    // What the pane asks after its own save's change events, instead of reading everything.
    rows.push([
      "read the saved row back",
      await payloadsOf(client, (c) => readOwnWrites(c, [written as OwnWrite])),
    ]);
    rows.push(["read the change log", await payloadsOf(client, (c) => readChangeLog(c))]);
    for (const [name, syncs] of rows) {
      const accepted = syncs.filter((sync) => !sync.failed);
      const request = Math.max(...accepted.map((sync) => sync.request));
      const response = Math.max(...accepted.map((sync) => sync.response));
      const refused = syncs.length - accepted.length;
      console.log(
        `${`${name} (${count.toLocaleString("en")} initiatives)`.padEnd(46)} largest request ${mb(request).padStart(8)}, response ${mb(response).padStart(8)}; ${accepted.length} syncs${refused > 0 ? `, ${refused} refused as too large` : ""}`,
      );
    }
  }
}
