package dk.kk.almenstyring.enkeltaftale;

import dk.kk.almenstyring.agreement.ActingPerson;
import dk.kk.almenstyring.agreement.AgreementLifecycle;
import dk.kk.almenstyring.agreement.AgreementStep;
import dk.kk.almenstyring.enkeltaftale.EnkeltaftaleProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** A party declined: the enkeltaftale ends as REJECTED with the party and its reason; the other party's task goes. */
@Component("rejectEnkeltaftale")
public class RejectEnkeltaftaleDelegate extends AgreementStep {

    public RejectEnkeltaftaleDelegate(AgreementLifecycle lifecycle, ActingPerson acting) {
        super(lifecycle, acting);
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = Var.AGREEMENT_ID.from(execution).get();
        int version = Var.AGREEMENT_VERSION.from(execution).get();
        lifecycle.reject(id, version, "Afvist af " + Var.DECLINED_BY.from(execution).getOrNull() + ": "
                + EnkeltaftaleInput.sent(Var.DECLINE_REASON, execution), execution.getProcessInstanceId(),
                acting.lastDecision(id, version));
    }
}
