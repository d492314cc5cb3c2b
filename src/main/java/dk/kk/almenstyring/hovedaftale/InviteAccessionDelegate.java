package dk.kk.almenstyring.hovedaftale;

import dk.kk.almenstyring.accession.AccessionInvitations;
import dk.kk.almenstyring.hovedaftale.HovedaftaleProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A5: every registered housing organisation, BL member or not, is invited to accede. */
@Component("inviteAccession")
public class InviteAccessionDelegate implements JavaDelegate {

    private final AccessionInvitations invitations;

    public InviteAccessionDelegate(AccessionInvitations invitations) {
        this.invitations = invitations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Var.ACCESSIONS_INVITED.on(execution).set(invitations.inviteAll(Var.AGREEMENT_ID.from(execution).get(),
                Var.TITLE.from(execution).get()));
    }
}
