package dk.kk.almenstyring.delaftale;

import dk.kk.almenstyring.agreement.Actor;
import dk.kk.almenstyring.agreement.AgreementLifecycle;
import dk.kk.almenstyring.delaftale.DelaftaleProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The delaftale's period ended (timer, 00:00 after its last day): EXPIRED, and what lies beneath it ends with it. */
@Component("expireDelaftale")
public class ExpireDelaftaleDelegate implements JavaDelegate {

    private final AgreementLifecycle lifecycle;

    public ExpireDelaftaleDelegate(AgreementLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.expire(Var.AGREEMENT_ID.from(execution).get(), "Gyldighedsperioden er udløbet",
                execution.getProcessInstanceId(), Actor.timer(DelaftaleProcess.TIMER_PERIOD_ENDS));
    }
}
