package dk.kk.almenstyring.delaftale;

import dk.kk.almenstyring.agreement.ActingPerson;
import dk.kk.almenstyring.agreement.AgreementLifecycle;
import dk.kk.almenstyring.agreement.AgreementStep;
import dk.kk.almenstyring.common.FormValues;
import dk.kk.almenstyring.delaftale.DelaftaleProcess.Var;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The secretariat gives up a draft Samarbejdsforum could not agree on: it ends as REJECTED, with the reason. */
@Component("withdrawDelaftale")
public class WithdrawDelaftaleDelegate extends AgreementStep {

    public WithdrawDelaftaleDelegate(AgreementLifecycle lifecycle, ActingPerson acting) {
        super(lifecycle, acting);
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reason = FormValues.text(Var.REVISION_REASON.from(execution).getOrNull());
        if (reason == null) {
            throw new BadUserRequestException("Angiv, hvorfor udkastet trækkes tilbage.");
        }
        lifecycle.reject(Var.AGREEMENT_ID.from(execution).get(), null, "Trukket tilbage: " + reason,
                execution.getProcessInstanceId(), acting.now());
    }
}
