package dk.kk.almenstyring.delaftale;

import dk.kk.almenstyring.common.FormValues;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.common.CurrentUser;
import dk.kk.almenstyring.delaftale.DelaftaleProcess.Var;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The secretariat's revised text becomes a new version; it goes to Samarbejdsforum next. */
@Component("saveDelaftaleRevision")
public class SaveDelaftaleRevisionDelegate implements JavaDelegate {

    private final AgreementRegister register;
    private final CurrentUser currentUser;

    public SaveDelaftaleRevisionDelegate(AgreementRegister register, CurrentUser currentUser) {
        this.register = register;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DelaftaleDraft draft = DelaftaleDraft.read(execution);
        String reason = FormValues.text(execution.getVariable(Var.REVISION_REASON));
        if (reason == null) {
            throw new BadUserRequestException("Angiv, hvad der er ændret, og hvorfor.");
        }
        long id = (Long) execution.getVariable(Var.AGREEMENT_ID);
        int version = register.addVersion(id, draft.content(), reason, execution.getProcessInstanceId(), currentUser.id());
        execution.setVariable(Var.AGREEMENT_VERSION, version);
    }
}
