import { Body1Strong, Caption1, makeStyles } from "@fluentui/react-components";
import { calendarDateOf, nextMilestone, type CalendarEntry } from "../../engine/budgetCalendar";
import { describeCalendarStatus, whoName, type CalendarWords } from "../../i18n/calendarTexts";

/** Props of {@link NextMilestone}. */
export type NextMilestoneProps = {
  /** The milestones of BAR_Calendar. */
  calendar: readonly CalendarEntry[];
  now: Date;
  words: CalendarWords;
};

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: "2px" },
});

/**
 * The budget calendar's next milestone and the days left to it ("Næste: 1. behandling
 * 9. september – om 23 dage"), or that the calendar is over; nothing for an empty calendar.
 */
export function NextMilestone({ calendar, now, words }: NextMilestoneProps) {
  const styles = useStyles();
  const today = calendarDateOf(now);
  const status = nextMilestone(calendar, today);
  const line = describeCalendarStatus(status, today, words);
  if (line === null) return null;
  const who = status.kind === "next" ? whoName(status.entry, words) : "";
  return (
    <div className={styles.box}>
      <Body1Strong>{line}</Body1Strong>
      {who !== "" && <Caption1>{words.who(who)}</Caption1>}
    </div>
  );
}
