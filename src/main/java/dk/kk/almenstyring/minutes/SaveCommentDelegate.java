package dk.kk.almenstyring.minutes;

import dk.kk.almenstyring.common.CurrentUser;
import dk.kk.almenstyring.meeting.MeetingCycle.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A comment typed in Tasklist goes the same way as one sent through the REST API. */
@Component("saveComment")
public class SaveCommentDelegate implements JavaDelegate {

    private final CommentService comments;
    private final CurrentUser currentUser;

    public SaveCommentDelegate(CommentService comments, CurrentUser currentUser) {
        this.comments = comments;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        comments.submit((Long) execution.getVariable(Var.MEETING_ID), currentUser.id(),
                (String) execution.getVariable(Var.COMMENT_TEXT));
        // the form is offered again for the next comment and must start empty
        execution.removeVariable(Var.COMMENT_TEXT);
    }
}
