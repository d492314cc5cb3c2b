package dk.kk.almenstyring.dialogue;

import java.time.Instant;
import java.util.List;

import dk.kk.almenstyring.common.CurrentUser;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.common.FormValues;
import dk.kk.almenstyring.dialogue.StyringsdialogProcess.Var;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Records TMF's summary of the year's reports and closes the round, in the transaction of the summary form: the
 * {@link StyringsdialogRoundClosed} event is published inside it, so what its listeners record (the summary on the
 * next TKS and SF agendas, S4) commits with the round's close or not at all.
 */
@Component("closeStyringsdialogRound")
public class CloseRoundDelegate implements JavaDelegate {

    private final DialogueRegister register;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;

    public CloseRoundDelegate(DialogueRegister register, ApplicationEventPublisher events, CurrentUser currentUser) {
        this.register = register;
        this.events = events;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = ((Number) execution.getVariable(Var.YEAR)).intValue();
        String summary = FormValues.text(execution.getVariable(Var.SUMMARY));
        if (summary == null) {
            throw new BadUserRequestException("Skriv sammenfatningen af årets afrapporteringer.");
        }
        String by = currentUser.id();
        Instant at = EngineClock.now();
        register.closeRound(year, summary, by, at);
        List<StyringsdialogRoundClosed.OrganisationReport> reports = register.ofYear(year).stream().map(d -> {
            List<GoalAssessment> goals = register.assessments(d.id());
            int onTrack = (int) goals.stream().filter(GoalAssessment::onTrack).count();
            return new StyringsdialogRoundClosed.OrganisationReport(d.organisationCode(), d.organisationName(),
                    d.heldAt() != null, d.status() == DialogueStatus.REPORTED, onTrack, goals.size() - onTrack);
        }).toList();
        events.publishEvent(new StyringsdialogRoundClosed(year, summary, execution.getProcessInstanceId(), by, at, reports));
    }
}
