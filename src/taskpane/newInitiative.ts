import { blankInitiative, type Initiative } from "../engine/initiative";

/** A stable id that co-authors adding at the same moment will not both pick. */
function newId(): string {
  if (typeof crypto !== "undefined" && "randomUUID" in crypto) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** A blank initiative for the add form; its id is a placeholder, replaced by a readable one when added. */
export function newInitiative(years: readonly number[]): Initiative {
  return blankInitiative(newId(), years);
}
