import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { defaultCalendar, type CalendarEntry } from "../../../src/engine/budgetCalendar";
import { calendarWords } from "../../../src/i18n/calendarTexts";
import type { Language } from "../../../src/i18n/language";
import { NextMilestone } from "../../../src/taskpane/components/NextMilestone";

const CALENDAR: CalendarEntry[] = defaultCalendar(2025).map((entry) => ({
  date: entry.date,
  milestone: calendarWords("da").milestones[entry.milestone],
  milestoneKey: entry.milestone,
  who: calendarWords("da").bodies[entry.who],
  whoKey: entry.who,
}));

// Server rendering needs no DOM; the markup's text is what a reader sees.
const shown = (now: Date, language: Language = "da", calendar = CALENDAR) =>
  renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <NextMilestone calendar={calendar} now={now} words={calendarWords(language)} />
    </FluentProvider>,
  )
    .replace(/<style[^>]*>.*?<\/style>/gs, "")
    .replace(/<[^>]*>/g, " ");

describe("NextMilestone", () => {
  it("shows the next milestone, its date and the days left, in Danish", () => {
    expect(shown(new Date(2024, 7, 29, 12))).toContain("Næste: 1. behandling 9. september – om 11 dage");
    expect(shown(new Date(2024, 7, 29, 12))).toContain("Til: Økonomiudvalget");
  });

  it("shows it in English when the pane is English", () => {
    expect(shown(new Date(2024, 7, 29, 12), "en")).toContain("Next: First reading 9 September – in 11 days");
  });

  it("says today on the day of a milestone", () => {
    expect(shown(new Date(2024, 9, 9, 8))).toContain("Næste: 2. behandling 9. oktober – i dag");
  });

  it("says the budget is adopted after the last milestone", () => {
    expect(shown(new Date(2024, 10, 1))).toContain("Budget 2025 er vedtaget");
  });

  it("says the calendar is for a past year in a later year", () => {
    expect(shown(new Date(2026, 0, 5))).toContain("Budgetkalenderen er for budget 2025, et tidligere år.");
  });

  it("shows nothing for an empty calendar", () => {
    expect(shown(new Date(2024, 7, 17), "da", []).trim()).toBe("");
  });
});
