import type { Locator } from "playwright-core";
import {
  coAuthorSets as coAuthorSetsIn,
  rowTexts,
  startPreviewSession,
  type PreviewSession,
} from "../support/previewPage";

let session: PreviewSession;

beforeAll(async () => {
  session = await startPreviewSession();
});

afterAll(async () => {
  await session?.close();
});

/** The labels of a radio group's choices, in order. */
const labelsOf = (group: Locator) =>
  group
    .getByRole("radio")
    .evaluateAll((radios) =>
      radios.map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent ?? ""),
    );

const coAuthorSets = (name: string, year: string, value: number | string) =>
  coAuthorSetsIn(session.page, name, year, value);

describe("co-authoring in the pane", () => {
  it("shows a co-author's edit without a reload", async () => {
    await session.open();
    const { pane } = session;
    await pane.getByRole("heading", { name: /^Reduktionsmål: / }).waitFor();
    await coAuthorSets("Kontraktgrundlag", "2022", -720);
    await pane.getByText("Projektmappen er ændret af en anden; visningen er opdateret.").waitFor();
    await pane.getByRole("cell", { name: "-7.440" }).waitFor();
    expect(await rowTexts(pane, "Netto-udestående med overførsel")).toEqual(["0", "0", "-2.720", "-7.440"]);
  });

  it("shows both versions when a co-author changed the same year meanwhile, and keeps mine on request", async () => {
    await session.open();
    const { pane } = session;
    await pane.getByRole("tab", { name: "Initiativer" }).click();
    await pane.getByRole("button", { name: "Rediger Kontraktgrundlag" }).click();
    await pane.getByRole("textbox", { name: "2023" }).fill("-2.720");
    await coAuthorSets("Kontraktgrundlag", "2023", -100);
    await pane.getByRole("button", { name: "Gem" }).click();
    await pane.getByRole("heading", { name: "En anden har ændret det samme" }).waitFor();
    await session.screenshot("conflict");
    await pane.getByRole("button", { name: "Behold min" }).click();
    await pane.getByText("Gemt.").waitFor();
    await pane.getByRole("tab", { name: "Oversigt" }).click();
    await pane.getByRole("cell", { name: "-5.440" }).waitFor();
    expect(await rowTexts(pane, "Netto-udestående uden overførsel")).toEqual(["0", "-720", "0", "-4.720"]);
  });

  it("names no one when the change log does not say who changed the cell", async () => {
    await session.open();
    const { pane } = session;
    await pane.getByRole("tab", { name: "Initiativer" }).click();
    await pane.getByRole("button", { name: "Rediger Kontraktgrundlag" }).click();
    await pane.getByRole("textbox", { name: "2023" }).fill("-2.720");
    // Typed straight into the table: the row's last ChangedBy ("BAR", from the set-up) did not do it.
    await coAuthorSets("Kontraktgrundlag", "2023", -100);
    await pane.getByRole("button", { name: "Gem" }).click();
    await pane.getByRole("heading", { name: "En anden har ændret det samme" }).waitFor();
    await pane.getByText("En medforfatter har ændret initiativet", { exact: false }).waitFor();
    expect(await pane.getByText("BAR har ændret", { exact: false }).count()).toBe(0);
  });

  it("shows the conflicting field and its codes in Danish", async () => {
    await session.open();
    const { pane } = session;
    await pane.getByRole("tab", { name: "Initiativer" }).click();
    await pane.getByRole("button", { name: "Rediger Kontraktgrundlag" }).click();
    await pane.getByRole("combobox", { name: "Indsatsområde" }).selectOption("visitation");
    await coAuthorSets("Kontraktgrundlag", "FocusArea", "structure");
    await pane.getByRole("button", { name: "Gem" }).click();
    const choice = pane.getByRole("radiogroup", { name: "Indsatsområde" });
    await choice.waitFor();
    expect(await labelsOf(choice)).toEqual(["Visitation og tildelingskriterier", "Struktur"]);
  });

  it("shows the conflicting field and its codes in English", async () => {
    await session.open("?lang=en-US");
    const { pane } = session;
    await pane.getByRole("tab", { name: "Initiatives" }).click();
    await pane.getByRole("button", { name: "Edit Foranstaltninger for unge" }).click();
    await pane.getByRole("combobox", { name: "Status" }).selectOption("decided");
    await coAuthorSets("Foranstaltninger for unge", "Status", "dropped");
    await pane.getByRole("button", { name: "Save" }).click();
    await pane.getByText("A co-author changed the initiative", { exact: false }).waitFor();
    const choice = pane.getByRole("radiogroup", { name: "Status" });
    expect(await labelsOf(choice)).toEqual(["Decided", "Dropped"]);
  });
});
