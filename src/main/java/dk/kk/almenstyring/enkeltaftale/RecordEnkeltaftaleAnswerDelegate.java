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
        String party = (String) execution.getVariable(Var.PARTY);
        String body = Var.PARTY_FORVALTNING.equals(party) ? (String) execution.getVariable(Var.FORVALTNING)
                : (String) execution.getVariable(Var.ORGANISATION_CODE);
        String decision = FormValues.text(execution.getVariable(Var.DECISION));
        if (!Var.AGREED.equals(decision) && !Var.DECLINED.equals(decision)) {
            throw new BadUserRequestException("Angiv, om " + body + " tilslutter sig aftalen.");
        }
        boolean agreed = Var.AGREED.equals(decision);
        String reason = agreed ? null : FormValues.text(execution.getVariable(Var.DECLINE_REASON));
        lifecycle.decide((Long) execution.getVariable(Var.AGREEMENT_ID),
                (Integer) execution.getVariable(Var.AGREEMENT_VERSION), body, agreed, EnkeltaftaleInput.today(),
                FormValues.text(execution.getVariable(Var.CASE_REFERENCE)), reason,
                execution.getProcessInstanceId(), acting.now());
        if (!agreed) {
            execution.setVariable(Var.DECLINED_BY, body);
        }
    }
}
