import { startPreviewSession, type PreviewSession } from "../support/previewPage";

let session: PreviewSession;

beforeAll(async () => {
  session = await startPreviewSession();
});

afterAll(async () => {
  await session?.close();
});

describe("the budget calendar in the overview", () => {
  it("shows the next milestone and the days left, in Danish", async () => {
    // The preview's example is budget 2021, so its calendar runs in 2020; the page's clock is set
    // to 31 August 2020 (noon UTC, the same day in any time zone), after the technical proposal.
    await session.browser.context.clock.setFixedTime(new Date("2020-08-31T12:00:00Z"));
    await session.open();
    const { pane } = session;
    const next = pane.getByText("Næste: 1. behandling 14. september – om 14 dage");
    await next.waitFor();
    expect(await next.locator("xpath=..").innerText()).toContain("Til: Økonomiudvalget");
  });

  it("says the budget is adopted after the calendar's last milestone", async () => {
    await session.browser.context.clock.setFixedTime(new Date("2020-10-20T12:00:00Z"));
    await session.open();
    const adopted = session.pane.getByText(/^Budget 2021 er vedtaget/);
    await adopted.waitFor();
    expect(await adopted.innerText()).toBe(
      "Budget 2021 er vedtaget (kalenderens sidste milepæl var 15. oktober).",
    );
  });
});
