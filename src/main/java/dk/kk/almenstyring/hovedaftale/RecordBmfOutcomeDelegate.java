package dk.kk.almenstyring.hovedaftale;

import dk.kk.almenstyring.agreement.ActingPerson;
import dk.kk.almenstyring.agreement.AgreementLifecycle;
import dk.kk.almenstyring.agreement.AgreementStep;
import dk.kk.almenstyring.agreement.ForumNegotiationProcess;
import dk.kk.almenstyring.hovedaftale.HovedaftaleProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Borgmesterforum's outcome on the draft it prepares (A1), in the agreement's history: with "enighed" the draft goes
 * on to Partnerskabsforum; with "ikke enighed" the municipality's side is not ready to negotiate, so the secretariat
 * revises the draft with BMF's remarks and it goes back to Borgmesterforum, not on to PSF.
 */
@Component("recordHovedaftaleBmfOutcome")
public class RecordBmfOutcomeDelegate extends AgreementStep {

    public RecordBmfOutcomeDelegate(AgreementLifecycle lifecycle, ActingPerson acting) {
        super(lifecycle, acting);
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean agreed = ForumNegotiationProcess.AGREED.equals(Var.FORUM_OUTCOME.from(execution).get());
        lifecycle.record(Var.AGREEMENT_ID.from(execution).get(), "Borgmesterforum, version "
                + Var.VERSION.from(execution).get() + ": "
                + (agreed ? "enighed – udkastet går videre til Partnerskabsforum"
                        : "ikke enighed – udkastet revideres og forelægges Borgmesterforum igen")
                + ". Beslutning: " + Var.FORUM_DECISION.from(execution).getOrNull(), execution.getProcessInstanceId(),
                acting.forumDecision(execution));
    }
}
