package dk.kk.almenstyring.dialogue;

import java.util.List;

import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.dialogue.StyringsdialogProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Every dialogue of the round has ended: the reports are collected into one overview for TMF's summary (S4), one
 * section per organisation with its goals on track and not.
 */
@Component("prepareStyringsdialogSummary")
public class PrepareSummaryDelegate implements JavaDelegate {

    private final DialogueRegister register;
    private final RoundCounts counts;

    public PrepareSummaryDelegate(DialogueRegister register, RoundCounts counts) {
        this.register = register;
        this.counts = counts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = ((Number) execution.getVariable(Var.YEAR)).intValue();
        execution.setVariable(Var.REPORTS_OVERVIEW, overview(register, year));
        execution.setVariables(counts.of(year));
    }

    static String overview(DialogueRegister register, int year) {
        StringBuilder text = new StringBuilder();
        for (DialogueRecord d : register.ofYear(year)) {
            text.append(d.organisationName()).append(": ");
            if (d.status() != DialogueStatus.REPORTED) {
                text.append(DialogueRegister.danish(d.status())).append("\n\n");
                continue;
            }
            List<GoalAssessment> goals = register.assessments(d.id());
            long onTrack = goals.stream().filter(GoalAssessment::onTrack).count();
            text.append("møde ").append(DanishText.date(d.meetingAt())).append(", ").append(onTrack)
                    .append(" mål på rette vej, ").append(goals.size() - onTrack).append(" ikke på rette vej\n");
            goals.stream().filter(g -> !g.onTrack())
                    .forEach(g -> text.append("  Ikke på rette vej: ").append(g.goal()).append(" – ").append(g.comment()).append('\n'));
            text.append("  ").append(d.reportText().replace("\n", "\n  ")).append("\n\n");
        }
        return text.toString().strip();
    }
}
