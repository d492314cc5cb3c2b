package dk.kk.almenstyring.proposal;

import dk.kk.almenstyring.common.CurrentUser;
import dk.kk.almenstyring.meeting.MeetingCycle.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A proposal typed in Tasklist goes the same way as one sent through the REST API. */
@Component("submitProposal")
public class SubmitProposalDelegate implements JavaDelegate {

    private static final String[] FORM_FIELDS = {
        Var.PROPOSAL_TITLE, Var.PROPOSAL_DESCRIPTION, Var.PROPOSAL_THEME, Var.PROPOSER_FORVALTNING };

    private final ProposalService proposals;
    private final CurrentUser currentUser;

    public SubmitProposalDelegate(ProposalService proposals, CurrentUser currentUser) {
        this.proposals = proposals;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProposalInput input = new ProposalInput((String) execution.getVariable(Var.PROPOSAL_TITLE),
                (String) execution.getVariable(Var.PROPOSAL_DESCRIPTION), (String) execution.getVariable(Var.PROPOSAL_THEME),
                (String) execution.getVariable(Var.PROPOSER_FORVALTNING));
        proposals.submit((Long) execution.getVariable(Var.MEETING_ID), input, currentUser.id());
        // the form is offered again for the next proposal and must start empty
        for (String field : FORM_FIELDS) {
            execution.removeVariable(field);
        }
    }
}
