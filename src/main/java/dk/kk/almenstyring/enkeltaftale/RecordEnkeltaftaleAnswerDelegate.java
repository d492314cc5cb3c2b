package dk.kk.almenstyring.enkeltaftale;

import dk.kk.almenstyring.common.FormValues;
import dk.kk.almenstyring.agreement.ActingPerson;
import dk.kk.almenstyring.agreement.AgreementLifecycle;
import dk.kk.almenstyring.agreement.AgreementStep;
import dk.kk.almenstyring.enkeltaftale.EnkeltaftaleProcess.Var;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * One party's answer, recorded as its approval of the version: body = the forvaltning's code or the organisation's
 * code, dated the day it was given in Tasklist, with the party's case reference (and the reason for a decline).
 */
@Component("recordEnkeltaftaleAnswer")
public class RecordEnkeltaftaleAnswerDelegate extends AgreementStep {

    public RecordEnkeltaftaleAnswerDelegate(AgreementLifecycle lifecycle, ActingPerson acting) {
        super(lifecycle, acting);
    }

    @Override
    public void execute(DelegateExecution execution) {
        String party = Var.PARTY.from(execution).get();
        String body = Var.PARTY_FORVALTNING.equals(party) ? Var.FORVALTNING.from(execution).get()
                : Var.ORGANISATION_CODE.from(execution).get();
        String decision = FormValues.text(EnkeltaftaleInput.sent(Var.DECISION, execution));
        if (!Var.AGREED.equals(decision) && !Var.DECLINED.equals(decision)) {
            throw new BadUserRequestException("Angiv, om " + body + " tilslutter sig aftalen.");
        }
        boolean agreed = Var.AGREED.equals(decision);
        String reason = agreed ? null : FormValues.text(EnkeltaftaleInput.sent(Var.DECLINE_REASON, execution));
        lifecycle.decide(Var.AGREEMENT_ID.from(execution).get(), Var.AGREEMENT_VERSION.from(execution).get(), body, agreed, EnkeltaftaleInput.today(),
                FormValues.text(EnkeltaftaleInput.sent(Var.CASE_REFERENCE, execution)), reason,
                execution.getProcessInstanceId(), acting.now());
        if (!agreed) {
            Var.DECLINED_BY.on(execution).set(body);
        }
    }
}
