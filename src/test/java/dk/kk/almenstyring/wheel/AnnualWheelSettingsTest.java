package dk.kk.almenstyring.wheel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.calendar.ClosingDays;
import dk.kk.almenstyring.calendar.WorkingDays;
import dk.kk.almenstyring.charter.ForumCharter;
import dk.kk.almenstyring.charter.ForumCharters;
import org.junit.jupiter.api.Test;

/** The wheel's data is checked when the application starts: a mistake in aarshjul.yml stops it, naming the line. */
class AnnualWheelSettingsTest {

    static final WorkingDays WORKING_DAYS = new WorkingDays(new ClosingDays(List.of(
            new ClosingDays.ClosingDayEntry("--06-05", "Grundlovsdag"), new ClosingDays.ClosingDayEntry("--12-24", "Juleaftensdag"),
            new ClosingDays.ClosingDayEntry("--12-31", "Nytårsaftensdag"))));

    static ForumCharters charters() {
        Map<String, ForumCharter> forums = new java.util.LinkedHashMap<>(); // the order of forums.yml
        forums.put("TKS", charter(List.of("tks"), 6, 10));
        forums.put("SF", charter(List.of("bl-sf", "llo", "tks"), 4, 6));
        return new ForumCharters(forums);
    }

    static ForumCharter charter(List<String> groups, int min, int max) {
        return new ForumCharter(null, "Forum", 2, groups, List.of(), "sekretariat", new ForumCharter.MeetingsPerYear(min, max),
                java.time.Duration.ofHours(2), "Rådhuset", Period.ofWeeks(2), Period.ofDays(10), Period.ofWeeks(1), false,
                Period.ofWeeks(1), Period.ofWeeks(2), false, List.of());
    }

    static WheelSettings settings(List<String> tks, List<String> sf) {
        return new WheelSettings("--10-01", "08:00", Period.ofWeeks(1), Map.of(
                "TKS", new WheelSettings.ForumWheel("10:00", tks),
                "SF", new WheelSettings.ForumWheel("13:00", sf)));
    }

    static final List<String> SIX = List.of("ultimo januar", "ultimo februar", "primo april", "primo juni", "medio august",
            "ultimo september");

    @Test
    void aForumWithMoreOrFewerMeetingsThanItsCharterAllowsStopsTheStartUp() {
        List<String> seven = List.of("primo februar", "primo marts", "ultimo april", "medio juni", "medio september",
                "medio november", "primo december");
        assertThatThrownBy(() -> new AnnualWheel(settings(SIX, seven), charters(), WORKING_DAYS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("almen.wheel.forums.SF: 7 meetings a year, but the charter says 4–6");
        assertThatThrownBy(() -> new AnnualWheel(settings(SIX.subList(0, 5), seven.subList(0, 4)), charters(), WORKING_DAYS))
                .hasMessageContaining("almen.wheel.forums.TKS: 5 meetings a year, but the charter says 6–10");
        new AnnualWheel(settings(SIX, seven.subList(0, 6)), charters(), WORKING_DAYS);
        new AnnualWheel(settings(SIX, seven.subList(0, 4)), charters(), WORKING_DAYS);
    }

    @Test
    void anUnreadableSlotOrAnUnknownForumStopsTheStartUp() {
        assertThatThrownBy(() -> new AnnualWheel(settings(SIX, List.of("early May", "primo marts", "ultimo april", "medio juni")),
                charters(), WORKING_DAYS))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'early May' is no meeting of the wheel");
        WheelSettings unknown = new WheelSettings("--10-01", "08:00", Period.ofWeeks(1), Map.of(
                "XYZ", new WheelSettings.ForumWheel("10:00", SIX)));
        assertThatThrownBy(() -> new AnnualWheel(unknown, charters(), WORKING_DAYS))
                .hasMessageContaining("almen.wheel.forums.XYZ: no such forum in forums.yml");
    }

    @Test
    void aClashOfSharedMembersMovesTheLaterForumToTheNextMeetingDay() {
        // TKS and SF both "primo marts" in 2028: Tuesday 7 March goes to TKS (first in the charters), SF takes Wednesday 8 March
        AnnualWheel wheel = new AnnualWheel(settings(
                List.of("primo marts", "ultimo februar", "primo april", "primo juni", "medio august", "ultimo september"),
                List.of("primo marts", "ultimo april", "medio juni", "medio september")), charters(), WORKING_DAYS);
        List<PlannedMeeting> plan = wheel.propose(2028);
        assertThat(plan).filteredOn(m -> m.date().getMonth() == Month.MARCH)
                .extracting(PlannedMeeting::forumKey, PlannedMeeting::date)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("TKS", LocalDate.of(2028, 3, 7)),
                        org.assertj.core.groups.Tuple.tuple("SF", LocalDate.of(2028, 3, 8)));
        // ultimo moves earlier, so it stays in its month: both "ultimo april" → TKS Thursday 27 April, SF Wednesday 26 April
        AnnualWheel ultimo = new AnnualWheel(settings(
                List.of("ultimo april", "ultimo februar", "primo april", "primo juni", "medio august", "ultimo september"),
                List.of("primo marts", "ultimo april", "medio juni", "medio september")), charters(), WORKING_DAYS);
        assertThat(ultimo.propose(2028)).filteredOn(m -> m.date().getMonth() == Month.APRIL && m.date().getDayOfMonth() > 20)
                .extracting(PlannedMeeting::forumKey, PlannedMeeting::date)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("TKS", LocalDate.of(2028, 4, 27)),
                        org.assertj.core.groups.Tuple.tuple("SF", LocalDate.of(2028, 4, 26)));
    }

    @Test
    void theCronNamesFirstOctoberAtEightInCopenhagenTimeInTheServersZone() {
        AnnualWheel wheel = new AnnualWheel(settings(SIX, SIX.subList(0, 4)), charters(), WORKING_DAYS);
        java.time.ZonedDateTime expected = LocalDate.of(java.time.Year.now().getValue(), 10, 1).atTime(8, 0)
                .atZone(dk.kk.almenstyring.common.DanishText.COPENHAGEN).withZoneSameInstant(java.time.ZoneId.systemDefault());
        assertThat(wheel.getCron()).isEqualTo("0 0 " + expected.getHour() + " " + expected.getDayOfMonth() + " "
                + expected.getMonthValue() + " ?");
    }
}
