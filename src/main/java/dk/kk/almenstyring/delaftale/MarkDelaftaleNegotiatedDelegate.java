package dk.kk.almenstyring.delaftale;

import dk.kk.almenstyring.agreement.ActingPerson;
import dk.kk.almenstyring.agreement.AgreementLifecycle;
import dk.kk.almenstyring.agreement.AgreementStep;
import dk.kk.almenstyring.delaftale.DelaftaleProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Samarbejdsforum agreed: a draft becomes NEGOTIATED. A revision of an agreement in force keeps it ACTIVE (the
 * version in force stays current until the new one is approved); the agreement is noted in its history.
 */
@Component("markDelaftaleNegotiated")
public class MarkDelaftaleNegotiatedDelegate extends AgreementStep {

    public MarkDelaftaleNegotiatedDelegate(AgreementLifecycle lifecycle, ActingPerson acting) {
        super(lifecycle, acting);
    }

    @Override
    public void execute(DelegateExecution execution) {
        String decision = Var.FORUM_DECISION.from(execution).getOrNull();
        lifecycle.negotiated(Var.AGREEMENT_ID.from(execution).get(), "Enighed i Samarbejdsforum om version "
                + Var.AGREEMENT_VERSION.from(execution).get() + (decision == null ? "" : ": " + decision),
                execution.getProcessInstanceId(), acting.forumDecision(execution));
    }
}
