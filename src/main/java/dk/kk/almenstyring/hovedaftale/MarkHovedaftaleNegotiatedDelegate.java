package dk.kk.almenstyring.hovedaftale;

import dk.kk.almenstyring.agreement.ActingPerson;
import dk.kk.almenstyring.agreement.AgreementLifecycle;
import dk.kk.almenstyring.hovedaftale.HovedaftaleProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Partnerskabsforum agreed (A1): NEGOTIATED; the text goes out with the minutes and on to approval (A2). */
@Component("markHovedaftaleNegotiated")
public class MarkHovedaftaleNegotiatedDelegate implements JavaDelegate {

    private final AgreementLifecycle lifecycle;
    private final ActingPerson acting;

    public MarkHovedaftaleNegotiatedDelegate(AgreementLifecycle lifecycle, ActingPerson acting) {
        this.lifecycle = lifecycle;
        this.acting = acting;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.negotiated(Var.AGREEMENT_ID.from(execution).get(), "Forhandlet på plads i Partnerskabsforum: "
                + Var.FORUM_DECISION.from(execution).getOrNull(), execution.getProcessInstanceId(),
                acting.forumDecision(execution));
    }
}
