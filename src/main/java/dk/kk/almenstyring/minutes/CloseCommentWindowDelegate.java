package dk.kk.almenstyring.minutes;

import java.util.List;
import java.util.stream.Collectors;

import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.meeting.MeetingCycle.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The comment window has closed: count what came in, by any channel, and lay it out for the secretariat. */
@Component("closeCommentWindow")
public class CloseCommentWindowDelegate implements JavaDelegate {

    private final MinutesRepository minutes;

    public CloseCommentWindowDelegate(MinutesRepository minutes) {
        this.minutes = minutes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long meetingId = (Long) execution.getVariable(Var.MEETING_ID);
        List<MinutesComment> comments = minutes.comments(meetingId);
        execution.setVariable(Var.COMMENT_COUNT, comments.size());
        execution.setVariable(Var.COMMENTS_TEXT, comments.stream()
                .map(c -> c.author() + " (" + DanishText.dateTime(c.submittedAt()) + "):\n" + c.body())
                .collect(Collectors.joining("\n\n")));
        execution.setVariable(Var.FINAL_MINUTES_TEXT, minutes.latest(meetingId).orElseThrow().body());
    }
}
