package dk.kk.almenstyring.hovedaftale;

import java.util.Date;

import dk.kk.almenstyring.agreement.Actor;
import dk.kk.almenstyring.agreement.Agreement;
import dk.kk.almenstyring.agreement.AgreementLifecycle;
import dk.kk.almenstyring.agreement.AgreementStatus;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.hovedaftale.HovedaftaleProcess.Var;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The period has begun (timer): the agreement is in force and published (A3); a predecessor it renews is superseded,
 * with everything beneath it, and its process told to end. Plans the year's evaluation, the renewal and the end.
 */
@Component("activateHovedaftale")
public class ActivateHovedaftaleDelegate implements JavaDelegate {

    private final AgreementLifecycle lifecycle;
    private final HovedaftaleSchedule schedule;
    private final RuntimeService runtimeService;

    public ActivateHovedaftaleDelegate(AgreementLifecycle lifecycle, HovedaftaleSchedule schedule,
            RuntimeService runtimeService) {
        this.lifecycle = lifecycle;
        this.schedule = schedule;
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = Var.AGREEMENT_ID.from(execution).get();
        Actor timer = Actor.timer(HovedaftaleProcess.TIMER_PERIOD_STARTS);
        lifecycle.activate(id, null, null, "Aftaleperioden er begyndt: i kraft og offentliggjort",
                execution.getProcessInstanceId(), timer);
        Agreement agreement = lifecycle.get(id);
        if (agreement.predecessorId() != null) {
            Agreement predecessor = lifecycle.get(agreement.predecessorId());
            if (predecessor.status() == AgreementStatus.ACTIVE) {
                lifecycle.supersede(predecessor.id(), agreement.title(), timer);
                runtimeService.createMessageCorrelation(HovedaftaleProcess.MSG_SUPERSEDED)
                        .processInstanceId(predecessor.processInstanceId()).correlateAllWithResult();
            }
        }
        Var.PERIOD_ENDS_AT.on(execution).set(AgreementLifecycle.periodEndsAt(agreement.validTo()));
        Var.RENEWAL_START_AT.on(execution).set(Date.from(schedule.renewalStarts(agreement.validTo())));
        Var.EXPIRY_WARNING_AT.on(execution).set(Date.from(schedule.expiryWarning(agreement.validTo())));
        Var.NEXT_EVALUATION_AT.on(execution).set(Date.from(schedule.nextEvaluation(EngineClock.now())));
    }
}
