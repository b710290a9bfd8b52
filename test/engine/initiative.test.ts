import {
  NOT_ESTIMATED,
  blankInitiative,
  effectIn,
  isForwardStatusChange,
  newInitiativeId,
  validateInitiative,
  type Initiative,
} from "../../src/engine/initiative";

const YEARS = [2021, 2022, 2023, 2024];

function initiative(overrides: Partial<Initiative> = {}): Initiative {
  return {
    ...blankInitiative("I-1", YEARS),
    name: "Foranstaltninger for unge",
    authorityArea: "Børn og Familie",
    status: "estimated",
    effects: { 2021: -977, 2022: -1257, 2023: -1257, 2024: -1257 },
    fullYearEffect: -1257,
    ...overrides,
  };
}

describe("validateInitiative", () => {
  it("accepts a complete initiative", () => {
    expect(validateInitiative(initiative(), YEARS)).toEqual([]);
  });

  it("accepts an idea without any estimate", () => {
    expect(validateInitiative(blankInitiative("I-2", YEARS), YEARS)).toEqual([
      { severity: "error", code: "nameMissing" },
    ]);
  });

  it("requires an id", () => {
    expect(validateInitiative(initiative({ id: " " }), YEARS)).toEqual([
      { severity: "error", code: "idMissing" },
    ]);
  });

  it("requires a name that is more than spaces", () => {
    expect(validateInitiative(initiative({ name: "  " }), YEARS)).toEqual([
      { severity: "error", code: "nameMissing" },
    ]);
  });

  it("accepts a 2,000-character note", () => {
    expect(validateInitiative(initiative({ note: "æ".repeat(2000) }), YEARS)).toEqual([]);
  });

  it("rejects a note longer than an Excel cell holds", () => {
    expect(validateInitiative(initiative({ note: "x".repeat(32768) }), YEARS)).toEqual([
      { severity: "error", code: "textTooLong", field: "note", limit: 32767 },
    ]);
  });

  it("rejects a name longer than 255 characters", () => {
    expect(validateInitiative(initiative({ name: "x".repeat(256) }), YEARS)).toEqual([
      { severity: "error", code: "textTooLong", field: "name", limit: 255 },
    ]);
  });

  it("rejects a status outside the list", () => {
    const bad = initiative({ status: "done" as Initiative["status"] });
    expect(validateInitiative(bad, YEARS)).toContainEqual({
      severity: "error",
      code: "unknownStatus",
      found: "done",
    });
  });

  it("rejects a focus area outside the four", () => {
    const bad = initiative({ focusArea: "luck" as Initiative["focusArea"] });
    expect(validateInitiative(bad, YEARS)).toEqual([
      { severity: "error", code: "unknownFocusArea", found: "luck" },
    ]);
  });

  it("rejects an unknown kind", () => {
    const bad = initiative({ kind: "other" as Initiative["kind"] });
    expect(validateInitiative(bad, YEARS)).toEqual([
      { severity: "error", code: "unknownKind", found: "other" },
    ]);
  });

  it("names the year of a non-finite effect", () => {
    const bad = initiative({ effects: { ...initiative().effects, 2023: Number.NaN } });
    expect(validateInitiative(bad, YEARS)).toEqual([
      { severity: "error", code: "effectInvalid", year: 2023 },
    ]);
  });

  it("rejects a full-year effect too large for Excel", () => {
    expect(validateInitiative(initiative({ fullYearEffect: 2e15 }), YEARS)).toEqual([
      { severity: "error", code: "effectTooLarge", year: "fullYear", limit: 1e15 },
    ]);
  });

  it("warns when a decided initiative has no estimate for any year", () => {
    const effects = blankInitiative("x", YEARS).effects;
    expect(validateInitiative(initiative({ status: "decided", effects }), YEARS)).toEqual([
      { severity: "warning", code: "estimateMissing", status: "decided" },
    ]);
  });

  it("does not ask the unallocated placeholder for an estimate", () => {
    const effects = blankInitiative("x", YEARS).effects;
    const placeholder = initiative({ kind: "unallocated", status: "decided", effects });
    expect(validateInitiative(placeholder, YEARS)).toEqual([]);
  });
});

describe("effectIn", () => {
  it("treats a year outside the stored effects as not estimated, not zero", () => {
    expect(effectIn(initiative(), 2030)).toBe(NOT_ESTIMATED);
  });

  it("keeps a zero effect as zero", () => {
    expect(effectIn(initiative({ effects: { 2021: 0 } }), 2021)).toBe(0);
  });
});

describe("isForwardStatusChange", () => {
  it.each([
    ["idea", "analysis", true],
    ["idea", "decided", true],
    ["decided", "estimated", false],
    ["realised", "dropped", true],
    ["dropped", "idea", false],
    ["dropped", "dropped", false],
    ["analysis", "analysis", false],
  ] as const)("from %s to %s is forward: %p", (from, to, expected) => {
    expect(isForwardStatusChange(from, to)).toBe(expected);
  });
});

describe("newInitiativeId", () => {
  it("is the same for the same time and randomness", () => {
    const at = new Date("2021-04-20T10:00:00Z");
    expect(newInitiativeId(at, () => 0.5)).toBe(newInitiativeId(at, () => 0.5));
  });

  it("differs when the random part differs", () => {
    const at = new Date("2021-04-20T10:00:00Z");
    expect(newInitiativeId(at, () => 0.1)).not.toBe(newInitiativeId(at, () => 0.2));
  });

  it("contains only characters that are safe in a table cell and a structured reference", () => {
    expect(newInitiativeId()).toMatch(/^I-[0-9A-Z]+-[0-9A-Z]{4}$/);
  });
});
