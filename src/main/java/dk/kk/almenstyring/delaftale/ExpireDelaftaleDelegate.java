package dk.kk.almenstyring.delaftale;

import dk.kk.almenstyring.agreement.AgreementEnding;
import dk.kk.almenstyring.delaftale.DelaftaleProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The delaftale's period ended (00:00 after its last day): EXPIRED, and what lies beneath it ends with it. */
@Component("expireDelaftale")
public class ExpireDelaftaleDelegate implements JavaDelegate {

    private final AgreementEnding ending;

    public ExpireDelaftaleDelegate(AgreementEnding ending) {
        this.ending = ending;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ending.periodEnded((Long) execution.getVariable(Var.AGREEMENT_ID), execution.getProcessInstanceId());
    }
}
