package dk.kk.almenstyring.enkeltaftale;

import dk.kk.almenstyring.agreement.AgreementEnding;
import dk.kk.almenstyring.enkeltaftale.EnkeltaftaleProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The enkeltaftale's period ended (00:00 after its last day): EXPIRED, and what lies beneath it ends with it. */
@Component("expireEnkeltaftale")
public class ExpireEnkeltaftaleDelegate implements JavaDelegate {

    private final AgreementEnding ending;

    public ExpireEnkeltaftaleDelegate(AgreementEnding ending) {
        this.ending = ending;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ending.periodEnded((Long) execution.getVariable(Var.AGREEMENT_ID), execution.getProcessInstanceId());
    }
}
