package dk.kk.almenstyring.minutes;

import dk.kk.almenstyring.common.CurrentUser;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.meeting.MeetingCycle.Var;
import dk.kk.almenstyring.meeting.MeetingRepository;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The minutes become final (F9): unchanged when no comments came in ("betragtes som endeligt godkendt"),
 * otherwise as a new version with the comments incorporated. The moment is recorded either way.
 */
@Component("finaliseMinutes")
public class FinaliseMinutesDelegate implements JavaDelegate {

    private final MeetingRepository meetings;
    private final MinutesRepository minutes;
    private final CurrentUser currentUser;

    public FinaliseMinutesDelegate(MeetingRepository meetings, MinutesRepository minutes, CurrentUser currentUser) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long meetingId = (Long) execution.getVariable(Var.MEETING_ID);
        int comments = (Integer) execution.getVariable(Var.COMMENT_COUNT);
        var now = EngineClock.now();
        if (comments == 0) {
            minutes.markFinal(meetingId, minutes.latest(meetingId).orElseThrow().version());
        } else {
            String text = (String) execution.getVariable(Var.FINAL_MINUTES_TEXT);
            if (text == null || text.isBlank()) {
                throw new BadUserRequestException("Det endelige referat er tomt.");
            }
            minutes.addVersion(meetingId, text.trim(), true, currentUser.id(), now);
        }
        meetings.markMinutesFinal(meetingId, now);
    }
}
