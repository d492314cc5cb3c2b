package dk.kk.almenstyring.enkeltaftale;

import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.agreement.AgreementStatus;
import dk.kk.almenstyring.enkeltaftale.EnkeltaftaleProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A party declined: the enkeltaftale ends as REJECTED with the party and its reason; the other party's task goes. */
@Component("rejectEnkeltaftale")
public class RejectEnkeltaftaleDelegate implements JavaDelegate {

    private final AgreementRegister register;

    public RejectEnkeltaftaleDelegate(AgreementRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = (Long) execution.getVariable(Var.AGREEMENT_ID);
        String pid = execution.getProcessInstanceId();
        register.rejectVersion(id, (Integer) execution.getVariable(Var.AGREEMENT_VERSION), pid);
        register.transition(id, AgreementStatus.REJECTED, "Afvist af " + execution.getVariable(Var.DECLINED_BY) + ": "
                + execution.getVariable(Var.DECLINE_REASON), pid, "system");
    }
}
