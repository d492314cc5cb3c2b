package dk.kk.almenstyring.hovedaftale;

import dk.kk.almenstyring.agreement.ActingPerson;
import dk.kk.almenstyring.agreement.AgreementLifecycle;
import dk.kk.almenstyring.agreement.AgreementStep;
import dk.kk.almenstyring.common.FormValues;
import dk.kk.almenstyring.hovedaftale.HovedaftaleProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** PSF decided to adjust (A4, F12): the adjustment is a new version that goes through approval again. */
@Component("registerHovedaftaleAdjustment")
public class RegisterAdjustmentDelegate extends AgreementStep {

    public RegisterAdjustmentDelegate(AgreementLifecycle lifecycle, ActingPerson acting) {
        super(lifecycle, acting);
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reason = FormValues.text(Var.REVISION_REASON.from(execution).getOrNull());
        Var.VERSION.on(execution).set(lifecycle.revise(Var.AGREEMENT_ID.from(execution).get(),
                HovedaftaleContent.of(execution), reason == null ? "Justering besluttet i Partnerskabsforum" : reason,
                execution.getProcessInstanceId(), acting.now()));
    }
}
