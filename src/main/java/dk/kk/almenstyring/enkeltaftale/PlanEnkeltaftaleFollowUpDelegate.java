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
        long id = (Long) execution.getVariable(Var.AGREEMENT_ID);
        String pid = execution.getProcessInstanceId();
        execution.setVariable(Var.FOLLOW_UP_ROUND, ((Integer) execution.getVariable(Var.FOLLOW_UP_ROUND)) + 1);
        LocalDate next = Stream.of(Var.PARTY_FORVALTNING, Var.PARTY_ORGANISATION)
                .map(party -> (String) execution.getVariable(Var.ofParty(party, "NextFollowUp")))
                .filter(d -> d != null).map(LocalDate::parse).min(LocalDate::compareTo).orElse(null);
        if (next == null) {
            lifecycle.followUp(id, null, pid);
            execution.setVariable(Var.FOLLOW_UP_CLOSED, true);
            return;
        }
        lifecycle.followUp(id, next, pid);
        execution.setVariable(Var.FOLLOW_UP_CLOSED, false);
        execution.setVariable(Var.FOLLOW_UP_DATE, next.toString());
        execution.setVariable(Var.FOLLOW_UP_AT, EnkeltaftaleInput.followUpAt(next));
        execution.setVariable(Var.FOLLOW_UP_DATE_TEXT, EnkeltaftaleInput.dateText(next));
    }
}
