package dk.kk.almenstyring.delaftale;

import dk.kk.almenstyring.common.FormValues;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.agreement.AgreementStatus;
import dk.kk.almenstyring.common.CurrentUser;
import dk.kk.almenstyring.delaftale.DelaftaleProcess.Var;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The secretariat gives up a draft Samarbejdsforum could not agree on: it ends as REJECTED, with the reason. */
@Component("withdrawDelaftale")
public class WithdrawDelaftaleDelegate implements JavaDelegate {

    private final AgreementRegister register;
    private final CurrentUser currentUser;

    public WithdrawDelaftaleDelegate(AgreementRegister register, CurrentUser currentUser) {
        this.register = register;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reason = FormValues.text(execution.getVariable(Var.REVISION_REASON));
        if (reason == null) {
            throw new BadUserRequestException("Angiv, hvorfor udkastet trækkes tilbage.");
        }
        register.transition((Long) execution.getVariable(Var.AGREEMENT_ID), AgreementStatus.REJECTED,
                "Trukket tilbage: " + reason, execution.getProcessInstanceId(), currentUser.id());
    }
}
