import { webLightTheme, type Theme } from "@fluentui/react-components";
import type { ThemeKind } from "../excel/officeContext";

/**
 * The Fluent theme that matches Office's theme family. Light is built in; dark and high
 * contrast load on demand, which keeps the pane's first download small for most users.
 */
export async function loadFluentTheme(kind: ThemeKind): Promise<Theme> {
  if (kind === "light") return webLightTheme;
  const themes = await import("./otherThemes");
  return kind === "dark" ? themes.webDarkTheme : themes.teamsHighContrastTheme;
}
