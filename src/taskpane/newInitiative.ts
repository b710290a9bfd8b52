import { NOT_ESTIMATED, type Initiative } from "../engine/initiative";

/** A stable id that co-authors adding at the same moment will not both pick. */
function newId(): string {
  if (typeof crypto !== "undefined" && "randomUUID" in crypto) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** A blank initiative for the add form: an idea, nothing estimated yet. */
export function newInitiative(): Initiative {
  return {
    id: newId(),
    kind: "initiative",
    name: "",
    authorityArea: "",
    coreArea: "",
    focusArea: null,
    status: "idea",
    owner: "",
    effects: {},
    fullYearEffect: NOT_ESTIMATED,
    note: "",
    lastChanged: null,
  };
}
