package dk.kk.almenstyring.hovedaftale;

import dk.kk.almenstyring.agreement.ActingPerson;
import dk.kk.almenstyring.agreement.AgreementLifecycle;
import dk.kk.almenstyring.agreement.AgreementStep;
import dk.kk.almenstyring.hovedaftale.HovedaftaleProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** BR and BL approved the adjustment: it replaces the version in force and is published again. */
@Component("applyHovedaftaleAdjustment")
public class ApplyAdjustmentDelegate extends AgreementStep {

    public ApplyAdjustmentDelegate(AgreementLifecycle lifecycle, ActingPerson acting) {
        super(lifecycle, acting);
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = Var.AGREEMENT_ID.from(execution).get();
        int version = Var.VERSION.from(execution).get();
        Var.ADJUSTMENT.on(execution).set(lifecycle.approve(id, version, "Justering godkendt af BR og BL's 1. kreds (version "
                + version + ") og offentliggjort", execution.getProcessInstanceId(), acting.lastDecision(id, version)));
    }
}
