import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { ThemeKind } from "../excel/officeContext";

/** The Fluent theme that matches Office's theme family. */
export function toFluentTheme(kind: ThemeKind): Theme {
  switch (kind) {
    case "dark":
      return webDarkTheme;
    case "highContrast":
      return teamsHighContrastTheme;
    case "light":
      return webLightTheme;
  }
}
