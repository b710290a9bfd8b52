// A module of its own so webpack puts these themes in a chunk loaded only when Office is dark or high contrast.
export { teamsHighContrastTheme, webDarkTheme } from "@fluentui/react-components";
