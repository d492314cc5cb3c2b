package dk.kk.almenstyring.hovedaftale;

import dk.kk.almenstyring.agreement.ActingPerson;
import dk.kk.almenstyring.agreement.AgreementLifecycle;
import dk.kk.almenstyring.agreement.AgreementStep;
import dk.kk.almenstyring.hovedaftale.HovedaftaleProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Partnerskabsforum agreed (A1): NEGOTIATED; the text goes out with the minutes and on to approval (A2). */
@Component("markHovedaftaleNegotiated")
public class MarkHovedaftaleNegotiatedDelegate extends AgreementStep {

    public MarkHovedaftaleNegotiatedDelegate(AgreementLifecycle lifecycle, ActingPerson acting) {
        super(lifecycle, acting);
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.negotiated(Var.AGREEMENT_ID.from(execution).get(), "Forhandlet på plads i Partnerskabsforum: "
                + Var.FORUM_DECISION.from(execution).getOrNull(), execution.getProcessInstanceId(),
                acting.forumDecision(execution));
    }
}
