// office-addin-mock requires office-addin-manifest only for its host detection; its ESM
// dependencies do not load under jest on Node 20, and the mock works without it.
export const OfficeAddinManifest = {};
export const ManifestInfo = {};
/** The host names the mock reads (`OfficeApp.Outlook` decides its load semantics). */
export const OfficeApp = {
  Excel: "excel",
  OneNote: "onenote",
  Outlook: "outlook",
  PowerPoint: "powerpoint",
  Project: "project",
  Word: "word",
};
export default {};
