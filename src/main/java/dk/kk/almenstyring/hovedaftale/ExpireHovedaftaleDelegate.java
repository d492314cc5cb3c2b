package dk.kk.almenstyring.hovedaftale;

import dk.kk.almenstyring.agreement.Actor;
import dk.kk.almenstyring.agreement.Agreement;
import dk.kk.almenstyring.agreement.AgreementLifecycle;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.agreement.AgreementStatus;
import dk.kk.almenstyring.hovedaftale.HovedaftaleProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The period ended (timer). A successor approved to start now supersedes it (its own start may be handled a moment
 * later, by another job of the same instant); without one it has expired. Either way every delaftale and
 * enkeltaftale beneath it ends with it, drafts included, and their processes close their tasks.
 */
@Component("expireHovedaftale")
public class ExpireHovedaftaleDelegate implements JavaDelegate {

    private final AgreementLifecycle lifecycle;
    private final AgreementRegister register;

    public ExpireHovedaftaleDelegate(AgreementLifecycle lifecycle, AgreementRegister register) {
        this.lifecycle = lifecycle;
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = Var.AGREEMENT_ID.from(execution).get();
        Actor timer = Actor.timer(HovedaftaleProcess.TIMER_PERIOD_ENDS);
        Agreement successor = register.successors(id).stream()
                .filter(a -> a.status() == AgreementStatus.APPROVED || a.status() == AgreementStatus.ACTIVE)
                .reduce((first, second) -> second).orElse(null);
        if (successor != null) {
            lifecycle.supersede(id, successor.title(), timer);
        } else {
            lifecycle.expire(id, "Aftaleperioden er udløbet uden en ny aftale", execution.getProcessInstanceId(), timer);
        }
    }
}
