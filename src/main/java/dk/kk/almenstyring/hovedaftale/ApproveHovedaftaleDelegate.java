package dk.kk.almenstyring.hovedaftale;

import java.util.Date;

import dk.kk.almenstyring.agreement.ActingPerson;
import dk.kk.almenstyring.agreement.AgreementLifecycle;
import dk.kk.almenstyring.agreement.AgreementStep;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.hovedaftale.HovedaftaleProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Approved by both (A2): the version becomes current and the agreement APPROVED. It comes into force when its period
 * begins (the timer after this step), at once when that day has come.
 */
@Component("approveHovedaftale")
public class ApproveHovedaftaleDelegate extends AgreementStep {

    public ApproveHovedaftaleDelegate(AgreementLifecycle lifecycle, ActingPerson acting) {
        super(lifecycle, acting);
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = Var.AGREEMENT_ID.from(execution).get();
        int version = Var.VERSION.from(execution).get();
        lifecycle.approve(id, version, "Godkendt af BR og BL's 1. kreds (version " + version
                + "); træder i kraft, når aftaleperioden begynder", execution.getProcessInstanceId(),
                acting.lastDecision(id, version));
        Var.PERIOD_STARTS_AT.on(execution).set(Date.from(lifecycle.get(id).validFrom()
                .atStartOfDay(DanishText.COPENHAGEN).toInstant()));
    }
}
