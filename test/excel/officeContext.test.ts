import { toThemeKind } from "../../src/excel/officeContext";

describe("toThemeKind", () => {
  it("follows Windows high contrast before anything else", () => {
    expect(toThemeKind({ isDarkTheme: false }, true, false)).toBe("highContrast");
  });

  it("follows Office's dark flag", () => {
    expect(toThemeKind({ isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" }, false, false)).toBe("dark");
  });

  it("reads a dark background colour when Office gives no flag", () => {
    expect(toThemeKind({ bodyBackgroundColor: "#262626" }, false, false)).toBe("dark");
  });

  it("reads a light background colour when Office gives no flag", () => {
    expect(toThemeKind({ bodyBackgroundColor: "#F3F3F3" }, false, true)).toBe("light");
  });

  it("follows the browser outside Office", () => {
    expect(toThemeKind(undefined, false, true)).toBe("dark");
  });
});
