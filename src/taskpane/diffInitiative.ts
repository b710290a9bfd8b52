import { EDITABLE_FIELDS, effectIn, sameEffect, type Initiative } from "../engine/initiative";
import type { InitiativeEdit } from "../excel/saveInitiative";

/** The edit that turns `base` into `edited`: only the fields and years the user changed. */
export function diffInitiative(
  base: Initiative,
  edited: Initiative,
  years: readonly number[],
): InitiativeEdit {
  const changes: InitiativeEdit["changes"] = {};
  for (const field of EDITABLE_FIELDS) {
    if (edited[field] !== base[field]) Object.assign(changes, { [field]: edited[field] });
  }
  const effects = Object.fromEntries(
    years
      .filter((year) => !sameEffect(effectIn(edited, year), effectIn(base, year)))
      .map((year) => [year, effectIn(edited, year)]),
  );
  if (Object.keys(effects).length > 0) changes.effects = effects;
  return { base, changes };
}
