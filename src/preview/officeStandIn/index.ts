// officeStandIn.js: what the preview's task pane page loads in place of Office.js from the
// CDN, before functions.js and taskpane.js. It defines Office, Excel (bound to the host
// page's in-memory workbook) and the CustomFunctions runtime's stand-in.
import { installCustomFunctionsStandIn } from "../hyperformula/customFunctionsStandIn";
import { createOfficeStandIn, type PaneHost } from "./createOfficeStandIn";

/** The host page's query: test and demo options may be given there (see createOfficeStandIn). */
function hostSearch(): string {
  try {
    return window.parent === window ? "" : window.parent.location.search;
  } catch {
    return "";
  }
}

function findHost(): PaneHost | null {
  if (window.parent === window) return null;
  try {
    return (window.parent as unknown as { barPreview?: PaneHost }).barPreview ?? null;
  } catch (error) {
    // Another origin's page holds this one: it cannot be the preview.
    console.warn("[BAR preview] The page around the pane cannot be reached:", error);
    return null;
  }
}

const host = findHost();
if (!host)
  console.warn("[BAR preview] No preview workbook: open the preview page (/) to use the pane with one.");
const { Office, Excel, faults } = createOfficeStandIn(window.location.search, host, hostSearch());
// window.barOfficeStandIn.faults: make the pane's Excel fail or hang, for browser tests.
Object.assign(window as unknown as Record<string, unknown>, { Office, Excel, barOfficeStandIn: { faults } });
installCustomFunctionsStandIn();
