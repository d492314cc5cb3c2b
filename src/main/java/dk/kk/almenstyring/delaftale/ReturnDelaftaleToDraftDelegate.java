package dk.kk.almenstyring.delaftale;

import dk.kk.almenstyring.agreement.ActingPerson;
import dk.kk.almenstyring.agreement.AgreementLifecycle;
import dk.kk.almenstyring.delaftale.DelaftaleProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * BR or BL's 1. kreds rejected the version: it is marked rejected, and a draft goes back to DRAFT with the reason
 * (a revision of an agreement in force leaves the version in force as it is). The secretariat then revises it for
 * Samarbejdsforum: a body decides on a version once, so the next round needs a new version.
 */
@Component("returnDelaftaleToDraft")
public class ReturnDelaftaleToDraftDelegate implements JavaDelegate {

    private final AgreementLifecycle lifecycle;
    private final ActingPerson acting;

    public ReturnDelaftaleToDraftDelegate(AgreementLifecycle lifecycle, ActingPerson acting) {
        this.lifecycle = lifecycle;
        this.acting = acting;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = Var.AGREEMENT_ID.from(execution).get();
        int version = Var.AGREEMENT_VERSION.from(execution).get();
        lifecycle.rejectVersion(id, version, "Ikke godkendt af " + Var.REJECTED_BY.from(execution).getOrNull() + ": "
                + Var.REJECTION_REASON.from(execution).getOrNull(), execution.getProcessInstanceId(),
                acting.lastDecision(id, version));
    }
}
