package dk.kk.almenstyring.charter;

import java.time.Duration;
import java.time.Period;
import java.util.List;

/**
 * One forum's terms of reference (kommissorium), read from {@code forums.yml}.
 * Periods count back from the meeting (notice, proposals, agenda) or forward from it (minutes, comments).
 */
public record ForumCharter(
        String key,
        String name,
        int level,
        List<String> memberGroups,
        List<String> chairs,
        String secretariatGroup,
        MeetingsPerYear meetingsPerYear,
        Duration meetingDuration,
        String defaultLocation,
        Period noticePeriod,
        Period proposalDeadline,
        Period agendaDeadline,
        boolean agendaPublished,
        Period minutesDeadline,
        Period commentWindow,
        boolean leadFromTheme,
        List<String> standingItems) {

    public record MeetingsPerYear(int min, int max) {
    }

    public ForumCharter {
        memberGroups = memberGroups == null ? List.of() : List.copyOf(memberGroups);
        chairs = chairs == null ? List.of() : List.copyOf(chairs);
        standingItems = standingItems == null ? List.of() : List.copyOf(standingItems);
    }

    /** Whether members are called for agenda proposals before a deadline (F3, F10). */
    public boolean callsForProposals() {
        return proposalDeadline != null;
    }

    ForumCharter withKey(String key) {
        return new ForumCharter(key, name, level, memberGroups, chairs, secretariatGroup, meetingsPerYear,
                meetingDuration, defaultLocation, noticePeriod, proposalDeadline, agendaDeadline, agendaPublished,
                minutesDeadline, commentWindow, leadFromTheme, standingItems);
    }
}
