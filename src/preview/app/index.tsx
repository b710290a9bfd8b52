// preview.js: the host page of `npm run preview`. It makes the in-memory workbook (the seed
// example unless ?workbook=empty), publishes it as window.barPreview for the pane's Office
// stand-in and for tests, and draws the workbook beside the production task pane.
import { createRoot } from "react-dom/client";
import { setCurrentLanguage, toLanguage } from "../../i18n/language";
import { writeUserName } from "../../taskpane/userName";
import { createPreview, type BarPreview } from "./createPreview";
import { readPreviewOptions } from "./previewOptions";
import { PreviewPage } from "./PreviewPage";

const options = readPreviewOptions(window.location.search);
// BAR functions evaluated here give their messages in the workbook's language, as in Excel.
setCurrentLanguage(toLanguage(options.language));
// The pane reads the change log's name from this browser's storage, which it shares with this page.
if (options.user) writeUserName(options.user);
const preview = createPreview(options);
(window as unknown as { barPreview: BarPreview }).barPreview = preview;
document.documentElement.lang = options.language.slice(0, 2);
document.body.classList.add(options.theme);
const container = document.getElementById("root");
if (!container) throw new Error("preview.html has no #root element.");
createRoot(container).render(<PreviewPage preview={preview} options={options} />);
