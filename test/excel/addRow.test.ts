import { addRow } from "../../src/excel/addRow";
import { readChangeLog } from "../../src/excel/changeLog";
import { deleteRow } from "../../src/excel/deleteInitiative";
import { targetCells, plainCells } from "../../src/excel/toCells";
import { readWith, setUpFake, stampBy, describeEachHost } from "../support/fakeExcel";

const YEARS = [2021, 2022, 2023, 2024];

describeEachHost("adding and deleting targets and strategy rules", () => {
  it("adds an area target that the next read shows, logged as created", async () => {
    const { client } = await setUpFake();
    const target = {
      id: "T-9",
      name: "Ældre",
      authorityArea: "Ældre",
      amounts: { 2021: -100, 2022: -200, 2023: null, 2024: -300.5 },
    };
    const result = await client.run((context) =>
      addRow(context, "targets", target.id, targetCells(target, YEARS), target.name, YEARS, stampBy("Anna")),
    );
    expect(result).toEqual({ status: "added", id: "T-9" });
    expect((await readWith(client)).targets.at(-1)).toEqual(target);
    expect((await client.run((context) => readChangeLog(context))).at(-1)).toMatchObject({
      table: "BAR_Targets",
      id: "T-9",
      field: "(created)",
      newValue: "Ældre",
    });
  });

  it("refuses an id that a co-author took first", async () => {
    const { client } = await setUpFake();
    const existing = (await readWith(client)).targets[0];
    const result = await client.run((context) =>
      addRow(
        context,
        "targets",
        existing.id,
        targetCells(existing, YEARS),
        existing.name,
        YEARS,
        stampBy("Anna"),
      ),
    );
    expect(result).toEqual({ status: "taken", id: existing.id });
    expect((await readWith(client)).targets).toHaveLength(1);
  });

  it("adds a strategy rule (a council's own benchmark) that the strategy reads", async () => {
    const { client } = await setUpFake();
    const cells = plainCells("strategy", YEARS, ["maxDebt", "debt", "atMost", 500, "BREACH"]);
    await client.run((context) =>
      addRow(context, "strategy", "maxDebt", cells, "maxDebt", YEARS, stampBy("Anna")),
    );
    expect((await readWith(client)).strategy.rules.at(-1)).toEqual({
      id: "maxDebt",
      measure: "debt",
      comparison: "atMost",
      threshold: 500,
      severity: "BREACH",
    });
  });

  it("deletes a target only while it is as the user saw it", async () => {
    const { workbook, client } = await setUpFake();
    const target = (await readWith(client)).targets[0];
    const seen = targetCells(target, YEARS);
    const changed = { ...target, amounts: { ...target.amounts, 2022: -1 } };
    await workbook
      .createClient("Bo")
      .run((context) =>
        deleteRow(
          context,
          "targets",
          target.id,
          targetCells(changed, YEARS),
          target.name,
          YEARS,
          stampBy("Bo"),
        ),
      );
    expect((await readWith(client)).targets).toHaveLength(1);
    const result = await client.run((context) =>
      deleteRow(context, "targets", target.id, seen, target.name, YEARS, stampBy("Anna")),
    );
    expect(result.status).toBe("deleted");
    expect((await readWith(client)).targets).toEqual([]);
  });
});
