package dk.kk.almenstyring.enkeltaftale;

import dk.kk.almenstyring.agreement.Actor;
import dk.kk.almenstyring.agreement.AgreementLifecycle;
import dk.kk.almenstyring.enkeltaftale.EnkeltaftaleProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The enkeltaftale's period ended (timer, 00:00 after its last day): EXPIRED. */
@Component("expireEnkeltaftale")
public class ExpireEnkeltaftaleDelegate implements JavaDelegate {

    /** The timer of processes/enkeltaftale.bpmn that ends it by its period (recorded as who acted). */
    private static final String TIMER_PERIOD_ENDS = "Enkeltaftalens periode udløber";

    private final AgreementLifecycle lifecycle;

    public ExpireEnkeltaftaleDelegate(AgreementLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.expire(Var.AGREEMENT_ID.from(execution).get(), "Gyldighedsperioden er udløbet",
                execution.getProcessInstanceId(), Actor.timer(TIMER_PERIOD_ENDS));
    }
}
