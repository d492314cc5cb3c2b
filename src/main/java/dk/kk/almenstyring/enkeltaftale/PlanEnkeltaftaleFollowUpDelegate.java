package dk.kk.almenstyring.enkeltaftale;

import java.time.LocalDate;
import java.util.stream.Stream;

import dk.kk.almenstyring.agreement.AgreementLifecycle;
import dk.kk.almenstyring.enkeltaftale.EnkeltaftaleProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Both parties have followed up: the follow-up closes when both chose to close it; otherwise the next one is at the
 * earliest date either party asked for, recorded in the register.
 */
@Component("planEnkeltaftaleFollowUp")
public class PlanEnkeltaftaleFollowUpDelegate implements JavaDelegate {

    private final AgreementLifecycle lifecycle;

    public PlanEnkeltaftaleFollowUpDelegate(AgreementLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = Var.AGREEMENT_ID.from(execution).get();
        String pid = execution.getProcessInstanceId();
        Var.FOLLOW_UP_ROUND.on(execution).set(Var.FOLLOW_UP_ROUND.from(execution).get() + 1);
        LocalDate next = Stream.of(Var.PARTY_FORVALTNING, Var.PARTY_ORGANISATION)
                .map(party -> Var.ofParty(party, "NextFollowUp").from(execution).getOrNull())
                .filter(d -> d != null).map(LocalDate::parse).min(LocalDate::compareTo).orElse(null);
        if (next == null) {
            lifecycle.followUp(id, null, pid);
            Var.FOLLOW_UP_CLOSED.on(execution).set(true);
            return;
        }
        lifecycle.followUp(id, next, pid);
        Var.FOLLOW_UP_CLOSED.on(execution).set(false);
        Var.FOLLOW_UP_DATE.on(execution).set(next.toString());
        Var.FOLLOW_UP_AT.on(execution).set(EnkeltaftaleInput.followUpAt(next));
        Var.FOLLOW_UP_DATE_TEXT.on(execution).set(EnkeltaftaleInput.dateText(next));
    }
}
