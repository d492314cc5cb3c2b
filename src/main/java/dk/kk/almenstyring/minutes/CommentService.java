package dk.kk.almenstyring.minutes;

import java.time.Instant;
import java.util.List;

import dk.kk.almenstyring.charter.ForumCharter;
import dk.kk.almenstyring.charter.ForumCharters;
import dk.kk.almenstyring.common.CurrentUser;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.identity.MemberDirectory;
import dk.kk.almenstyring.meeting.Meeting;
import dk.kk.almenstyring.meeting.MeetingRepository;
import dk.kk.almenstyring.meeting.MeetingStatus;
import dk.kk.almenstyring.common.NotAMemberException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Service;

/** Comments on the minutes are taken while the comment window is open (F9), from Tasklist or the REST API. */
@Service
public class CommentService {

    private final MeetingRepository meetings;
    private final MinutesRepository minutes;
    private final ForumCharters charters;
    private final MemberDirectory directory;

    public CommentService(MeetingRepository meetings, MinutesRepository minutes, ForumCharters charters,
            MemberDirectory directory) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.charters = charters;
        this.directory = directory;
    }

    public void submit(long meetingId, String userId, String text) {
        Meeting meeting = meetings.get(meetingId);
        ForumCharter charter = charters.get(meeting.forumKey());
        String body = text == null ? null : text.trim();
        if (body == null || body.isEmpty()) {
            throw new BadUserRequestException("Bemærkningen er tom.");
        }
        if (body.length() > 4000) {
            throw new BadUserRequestException("Bemærkningen er for lang (højst 4000 tegn).");
        }
        Instant now = EngineClock.now();
        if (meeting.status() != MeetingStatus.MINUTES_SENT || meeting.commentWindowEnd() == null
                || now.isAfter(meeting.commentWindowEnd())) {
            throw new BadUserRequestException(meeting.commentWindowEnd() == null
                    ? "Referatet er ikke udsendt endnu, så der kan ikke gives bemærkninger."
                    : "Fristen for bemærkninger til referatet udløb " + DanishText.dateTime(meeting.commentWindowEnd()) + ".");
        }
        if (!CurrentUser.SYSTEM.equals(userId) && !directory.isMemberOfAny(userId, charter.memberGroups())) {
            throw new NotAMemberException(userId + " er ikke medlem af " + charter.name() + ".");
        }
        minutes.addComment(meetingId, userId, body, now);
    }

    public List<MinutesComment> comments(long meetingId) {
        return minutes.comments(meetingId);
    }
}
