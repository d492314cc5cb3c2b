package dk.kk.almenstyring.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dk.kk.almenstyring.calendar.WorkingDays;
import dk.kk.almenstyring.charter.ForumCharters;

/**
 * The simulated years' meetings, until the årshjul plans them: each forum within its charter's number of meetings a
 * year, in the second week of its months, on a weekday of its own so that forums with shared members (TKS in SF,
 * the mayors in BMF and PSF) never meet on the same day; a day off moves the meeting to the next working day.
 * Each meeting-cycle is started a week before its notice period begins, as the secretariat would.
 */
final class MeetingPlan {

    record PlannedMeeting(String forumKey, LocalDate day, String time, LocalDate startOn) {
    }

    private record Pattern(String forumKey, DayOfWeek weekday, String time, List<Month> months) {
    }

    private static final List<Pattern> PATTERNS = List.of(
            new Pattern("BMF", DayOfWeek.WEDNESDAY, "10:00", List.of(Month.MARCH, Month.OCTOBER)),
            new Pattern("PSF", DayOfWeek.THURSDAY, "14:00", List.of(Month.MAY)),
            new Pattern("TKS", DayOfWeek.TUESDAY, "09:00", List.of(Month.JANUARY, Month.FEBRUARY, Month.APRIL, Month.MAY,
                    Month.JUNE, Month.AUGUST, Month.SEPTEMBER, Month.NOVEMBER)),
            new Pattern("SF", DayOfWeek.THURSDAY, "14:00", List.of(Month.FEBRUARY, Month.APRIL, Month.JUNE, Month.SEPTEMBER,
                    Month.NOVEMBER)));

    private MeetingPlan() {
    }

    static List<PlannedMeeting> forYears(int firstYear, int years, ForumCharters charters, WorkingDays workingDays) {
        List<PlannedMeeting> plan = new ArrayList<>();
        for (int year = firstYear; year < firstYear + years; year++) {
            for (Pattern pattern : PATTERNS) {
                var perYear = charters.get(pattern.forumKey()).meetingsPerYear();
                if (pattern.months().size() < perYear.min() || pattern.months().size() > perYear.max()) {
                    throw new IllegalStateException(pattern.forumKey() + ": " + pattern.months().size()
                            + " meetings a year is outside its charter " + perYear);
                }
                Period notice = charters.get(pattern.forumKey()).noticePeriod();
                for (Month month : pattern.months()) {
                    LocalDate day = LocalDate.of(year, month, 8);
                    while (day.getDayOfWeek() != pattern.weekday() || !workingDays.isWorkingDay(day)) {
                        day = day.plusDays(1);
                    }
                    plan.add(new PlannedMeeting(pattern.forumKey(), day, pattern.time(), day.minus(notice).minusWeeks(1)));
                }
            }
        }
        plan.sort(Comparator.comparing(PlannedMeeting::startOn));
        return plan;
    }
}
