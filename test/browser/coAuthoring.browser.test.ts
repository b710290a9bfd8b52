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

const coAuthorSets = (name: string, year: string, value: number) =>
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
});
