import { readPreviewOptions, toPaneQuery } from "../../../src/preview/app/previewOptions";

describe("readPreviewOptions", () => {
  it("opens Danish, light, with the seed and no extra initiatives by default", () => {
    expect(readPreviewOptions("")).toEqual({
      language: "da-DK",
      theme: "light",
      workbook: "seed",
      initiatives: 0,
      user: null,
      paneWidth: 420,
    });
  });

  it("reads every parameter", () => {
    expect(
      readPreviewOptions(
        "?lang=en-US&theme=dark&workbook=empty&initiatives=5000&user=Karin%20Holm&paneWidth=320",
      ),
    ).toEqual({
      language: "en-US",
      theme: "dark",
      workbook: "empty",
      initiatives: 5000,
      user: "Karin Holm",
      paneWidth: 320,
    });
  });

  it.each(["-3", "2.5", "many", ""])("falls back to no generated initiatives for %p", (count) => {
    expect(readPreviewOptions(`?initiatives=${count}`).initiatives).toBe(0);
  });

  it.each([
    ["100", 320],
    ["900", 450],
    ["wide", 420],
    ["", 420],
  ])("keeps the pane width %p within Excel's 320–450 px", (width, expected) => {
    expect(readPreviewOptions(`?paneWidth=${width}`).paneWidth).toBe(expected);
  });

  it("caps generated initiatives at 100,000", () => {
    expect(readPreviewOptions("?initiatives=5000000").initiatives).toBe(100_000);
  });

  it("falls back to Danish and light for values it does not know", () => {
    const options = readPreviewOptions("?lang=fr-FR&theme=purple");
    expect([options.language, options.theme]).toEqual(["da-DK", "light"]);
  });

  it("treats a blank user as none", () => {
    expect(readPreviewOptions("?user=%20").user).toBeNull();
  });
});

describe("toPaneQuery", () => {
  it("passes the language and theme to the pane as Office would tell them", () => {
    expect(toPaneQuery(readPreviewOptions("?lang=en-US&theme=dark&initiatives=3"))).toBe(
      "?lang=en-US&theme=dark",
    );
  });
});
