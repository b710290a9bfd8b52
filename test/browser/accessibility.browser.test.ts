import { seriousViolations as seriousViolationsIn } from "../support/axe";
import { startPreviewSession, type PreviewSession } from "../support/previewPage";

let session: PreviewSession;

beforeAll(async () => {
  session = await startPreviewSession();
});

afterAll(async () => {
  await session?.close();
});

const seriousViolations = () => seriousViolationsIn(session.page);

describe("accessibility (axe-core)", () => {
  it("finds nothing serious in the overview", async () => {
    await session.open();
    await session.pane.getByRole("heading", { name: /^Reduktionsmål: / }).waitFor();
    expect(await seriousViolations()).toEqual([]);
  });

  it("finds nothing serious in the initiatives list", async () => {
    await session.open();
    await session.pane.getByRole("tab", { name: "Initiativer" }).click();
    await session.pane.getByRole("searchbox").waitFor();
    expect(await seriousViolations()).toEqual([]);
  });

  it("finds nothing serious in the edit form", async () => {
    await session.open();
    await session.pane.getByRole("tab", { name: "Initiativer" }).click();
    await session.pane.getByRole("button", { name: "Rediger Kontraktgrundlag" }).click();
    await session.pane.getByRole("textbox", { name: "2023" }).waitFor();
    expect(await seriousViolations()).toEqual([]);
  });

  it("finds nothing serious in the dark theme", async () => {
    await session.open("?theme=dark");
    await session.pane.getByRole("heading", { name: /^Reduktionsmål: / }).waitFor();
    await session.screenshot("overview-dark");
    expect(await seriousViolations()).toEqual([]);
  });
});
