package dk.kk.almenstyring.delaftale;

import dk.kk.almenstyring.agreement.ActingPerson;
import dk.kk.almenstyring.agreement.AgreementLifecycle;
import dk.kk.almenstyring.agreement.AgreementStep;
import dk.kk.almenstyring.common.FormValues;
import dk.kk.almenstyring.delaftale.DelaftaleProcess.Var;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The secretariat's revised text becomes a new version; it goes to Samarbejdsforum next. */
@Component("saveDelaftaleRevision")
public class SaveDelaftaleRevisionDelegate extends AgreementStep {

    public SaveDelaftaleRevisionDelegate(AgreementLifecycle lifecycle, ActingPerson acting) {
        super(lifecycle, acting);
    }

    @Override
    public void execute(DelegateExecution execution) {
        DelaftaleDraft draft = DelaftaleDraft.read(execution);
        String reason = FormValues.text(Var.REVISION_REASON.from(execution).getOrNull());
        if (reason == null) {
            throw new BadUserRequestException("Angiv, hvad der er ændret, og hvorfor.");
        }
        Var.AGREEMENT_VERSION.on(execution).set(lifecycle.revise(Var.AGREEMENT_ID.from(execution).get(), draft.content(),
                reason, execution.getProcessInstanceId(), acting.now()));
    }
}
