package dk.kk.almenstyring.minutes;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dk.kk.almenstyring.agenda.AgendaRequests;
import dk.kk.almenstyring.identity.MemberDirectory;
import dk.kk.almenstyring.mail.Recipient;
import dk.kk.almenstyring.meeting.AgendaItem;
import dk.kk.almenstyring.meeting.MeetingRepository;
import dk.kk.almenstyring.meeting.MinutesSummary;
import org.springframework.stereotype.Component;

/** Reads a meeting's recorded attendance, decisions and agreement outcomes for the minutes mails. */
@Component
public class MinutesSummaries {

    /** The outcome as the minutes form offers it (record-minutes.form, field "outcome"). */
    private static final Map<String, String> OUTCOME = Map.of("AGREED", "Enighed om aftalen", "NOT_AGREED", "Ikke enighed");

    private final MeetingRepository meetings;
    private final AgendaRequests requests;
    private final MemberDirectory directory;

    public MinutesSummaries(MeetingRepository meetings, AgendaRequests requests, MemberDirectory directory) {
        this.meetings = meetings;
        this.requests = requests;
        this.directory = directory;
    }

    public MinutesSummary of(long meetingId) {
        List<MinutesSummary.Decided> decisions = meetings.agenda(meetingId).stream()
                .map(item -> new MinutesSummary.Decided(item.position(), item.title(),
                        item.decision() == null ? "" : item.decision(), outcome(item)))
                .toList();
        return new MinutesSummary(names(meetings.presentMembers(meetingId)), names(meetings.absentMembers(meetingId)),
                decisions);
    }

    private String outcome(AgendaItem item) {
        return meetings.requestOf(item.id()).flatMap(requests::find)
                .map(request -> request.outcome() == null ? null : OUTCOME.getOrDefault(request.outcome(), request.outcome()))
                .orElse(null);
    }

    /** The members' names in Danish alphabetical order; a user no longer in the directory by id. */
    private List<String> names(List<String> userIds) {
        Map<String, String> byId = directory.users(userIds).stream()
                .collect(Collectors.toMap(Recipient::userId, Recipient::name, (a, b) -> a));
        return userIds.stream().map(id -> byId.getOrDefault(id, id))
                .sorted(Collator.getInstance(Locale.forLanguageTag("da"))).toList();
    }
}
