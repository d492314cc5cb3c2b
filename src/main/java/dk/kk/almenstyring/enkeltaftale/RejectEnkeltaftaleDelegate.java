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
        long id = (Long) execution.getVariable(Var.AGREEMENT_ID);
        int version = (Integer) execution.getVariable(Var.AGREEMENT_VERSION);
        lifecycle.reject(id, version, "Afvist af " + execution.getVariable(Var.DECLINED_BY) + ": "
                + execution.getVariable(Var.DECLINE_REASON), execution.getProcessInstanceId(),
                acting.lastDecision(id, version));
    }
}
