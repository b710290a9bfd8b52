import type { FakeBatch } from "../fakeBatch";
import { FakeOfficeError } from "../fakeOfficeError";
import { versionAtLeast } from "./hostProfile";

/**
 * Members BAR uses above ExcelApi 1.1, with the set that brought them (the "API set" line
 * of each member in @types/office-js). On an older Excel, Office.js fails the call with
 * ApiNotFound: "It may be available in a newer version of the Office application"
 * (docs/testing/application-specific-api-error-handling.md).
 */
export const MEMBER_SETS = {
  "Table.resize": "1.13",
  // "1.4 allows index to be optional (null or -1) … 1.4 allows name parameter at creation time."
  "TableColumnCollection.add(name)": "1.4",
  "TableCollection.onAdded": "1.9",
  "TableCollection.onDeleted": "1.9",
  "Worksheet.onCalculated": "1.8",
  "Table.onChanged": "1.7",
  "Range.getSpecialCellsOrNullObject": "1.9",
  "Range.dataValidation": "1.8",
  "Worksheet.pageLayout": "1.9",
} as const;

/** The member behind each event the fake raises, for its requirement set. */
export const EVENT_MEMBERS = {
  TableChanged: "Table.onChanged",
  TableAdded: "TableCollection.onAdded",
  TableDeleted: "TableCollection.onDeleted",
  WorksheetCalculated: "Worksheet.onCalculated",
} as const;

/** Fails the batch with ApiNotFound when the workbook's ExcelApi is below the member's set. */
export function requireExcelApi(batch: FakeBatch, member: keyof typeof MEMBER_SETS): void {
  const offered = batch.owner.model.profile.apiVersions.ExcelApi;
  if (!versionAtLeast(offered, MEMBER_SETS[member])) {
    batch.fail(
      new FakeOfficeError(
        "ApiNotFound",
        `${member} needs ExcelApi ${MEMBER_SETS[member]}; this Excel offers ${offered}.`,
      ),
    );
  }
}
