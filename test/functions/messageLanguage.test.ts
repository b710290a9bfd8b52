import { carryForward } from "../../src/functions/functions";
import { messageLanguage } from "../../src/functions/messageLanguage";
import { setCurrentLanguage } from "../../src/i18n/language";
import { excelErrorOf } from "../support/excelErrorOf";

const scope = globalThis as { Office?: unknown };
const TARGETS = [[-2000, -3000]];
const LINES = [[-977, -1257]];

/** Stands in for Office.js as a custom function sees it: `Office.context` or nothing yet. */
function setOffice(office: unknown): void {
  scope.Office = office;
}

/** The message of an unknown `mode`, as the cell shows it. */
const messageOfBadMode = () => excelErrorOf(() => carryForward(TARGETS, LINES, "carry", null)).message;

afterEach(() => {
  delete scope.Office;
  setCurrentLanguage("da");
});

describe("the language of custom-function messages", () => {
  it("is English in English Excel before the task pane has set any language", () => {
    setCurrentLanguage("da"); // the start-up default, before Office.onReady has resolved
    setOffice({ context: { displayLanguage: "en-US" } });
    expect(messageOfBadMode()).toBe(
      'Argument mode: "carry" is not allowed here; use one of: release, bank, none.',
    );
  });

  it("is Danish in Danish Excel even when the cached language is English", () => {
    setCurrentLanguage("en");
    setOffice({ context: { displayLanguage: "da-DK" } });
    expect(messageOfBadMode()).toBe(
      'Argumentet regel: "carry" er ikke tilladt her; brug en af: release, bank, none.',
    );
  });

  it("follows Office's display language from one call to the next", () => {
    const office = { context: { displayLanguage: "de-DE" } };
    setOffice(office);
    expect(messageLanguage()).toBe("en");
    office.context.displayLanguage = "da-DK";
    expect(messageLanguage()).toBe("da");
  });

  it.each([
    ["Office.js is not loaded", undefined],
    ["Office.context is not there yet", {}],
    ["Office.context gives no display language", { context: { displayLanguage: "" } }],
  ])("falls back on the cached language when %s", (_, office) => {
    setCurrentLanguage("en");
    setOffice(office);
    expect(messageLanguage()).toBe("en");
  });

  it("falls back on the cached language when reading Office.context throws", () => {
    setCurrentLanguage("en");
    setOffice(
      Object.defineProperty({}, "context", {
        get() {
          throw new Error("Office.js has not been initialized.");
        },
      }),
    );
    expect(messageOfBadMode()).toContain("Argument mode");
  });
});
