package dk.kk.almenstyring.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.common.CurrentUser;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.common.FormValues;
import dk.kk.almenstyring.common.JsonVariables;
import dk.kk.almenstyring.dialogue.StyringsdialogProcess.Var;
import dk.kk.almenstyring.supervision.ExtendedSupervision;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records TMF's report (afrapportering) in the transaction of its form (S2): every goal of the agreements in force
 * marked on track or not, a goal not on track with a comment, and the report's text; the estates the organisation
 * brought into the extended supervision (S6); then starts the enkeltaftaler agreed at the meeting (A7). Anything missing is refused with the reason, and nothing is recorded.
 */
@Component("saveStyringsdialogReport")
public class SaveReportDelegate implements JavaDelegate {

    static final String ON_TRACK = "ON_TRACK";
    static final String NOT_ON_TRACK = "NOT_ON_TRACK";

    private final DialogueRegister register;
    private final ReportEnkeltaftaler enkeltaftaler;
    private final RoundCounts counts;
    private final ExtendedSupervision supervision;
    private final CurrentUser currentUser;

    public SaveReportDelegate(DialogueRegister register, ReportEnkeltaftaler enkeltaftaler, RoundCounts counts,
            ExtendedSupervision supervision, CurrentUser currentUser) {
        this.supervision = supervision;
        this.register = register;
        this.enkeltaftaler = enkeltaftaler;
        this.counts = counts;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(Var.DIALOGUE_ID)).longValue();
        List<GoalAssessment> assessments = assessments(execution.getVariable(Var.GOAL_ASSESSMENTS));
        List<String> expected = DialogueLists.items((String) execution.getVariable(Var.GOAL_KEYS));
        List<String> assessed = assessments.stream().map(a -> a.agreementId() + "/" + a.goalIndex()).toList();
        if (!new java.util.HashSet<>(assessed).equals(new java.util.HashSet<>(expected)) || assessed.size() != expected.size()) {
            throw new BadUserRequestException("Afrapporteringen skal vurdere hvert af de " + expected.size()
                    + " mål i de aftaler, der var i kraft på mødet, én gang hver.");
        }
        String text = FormValues.text(execution.getVariable(Var.REPORT_TEXT));
        if (text == null) {
            throw new BadUserRequestException("Skriv afrapporteringen fra mødet.");
        }
        String estates = FormValues.text(execution.getVariable(Var.SUPERVISION_ESTATES));
        if (estates != null) {
            supervision.addAtMeeting(((Number) execution.getVariable(Var.YEAR)).intValue(),
                    (String) execution.getVariable(Var.ORGANISATION_CODE), DialogueLists.items(estates),
                    FormValues.text(execution.getVariable(Var.SUPERVISION_REASON)), currentUser.id());
        }
        register.assess(id, assessments);
        register.reported(id, text, currentUser.id(), EngineClock.now());
        enkeltaftaler.start(id, (String) execution.getVariable(Var.ORGANISATION_CODE),
                (String) execution.getVariable(Var.MEETING_TEXT), execution.getVariable(Var.NEW_ENKELTAFTALER),
                execution.getVariable(Var.ENKELTAFTALE_FOLLOW_UP_DATE))
                .forEach(pid -> register.linkEnkeltaftale(id, pid));
        counts.refresh(((Number) execution.getVariable(Var.YEAR)).intValue());
    }

    private static List<GoalAssessment> assessments(Object raw) {
        List<GoalAssessment> assessments = new ArrayList<>();
        for (Map<String, Object> row : JsonVariables.objects(raw)) {
            String goal = FormValues.text(row.get("goal"));
            // the form shows these read only; an item sent without them is none the form produced
            if (!(row.get("agreementId") instanceof Number) || !(row.get("goalIndex") instanceof Number) || goal == null) {
                throw new BadUserRequestException("Et mål i afrapporteringen mangler sin aftale eller sin tekst."
                        + " Send formularen, som den blev vist.");
            }
            String answer = FormValues.text(row.get("onTrack"));
            String comment = FormValues.text(row.get("comment"));
            if (!ON_TRACK.equals(answer) && !NOT_ON_TRACK.equals(answer)) {
                throw new BadUserRequestException("Angiv for målet '" + goal + "', om organisationen er på rette vej.");
            }
            if (NOT_ON_TRACK.equals(answer) && comment == null) {
                throw new BadUserRequestException("Skriv en kommentar til målet '" + goal
                        + "': hvorfor er organisationen ikke på rette vej, og hvad gøres der?");
            }
            assessments.add(new GoalAssessment(((Number) row.get("agreementId")).longValue(),
                    ((Number) row.get("goalIndex")).intValue(), goal, ON_TRACK.equals(answer), comment));
        }
        return assessments;
    }
}
