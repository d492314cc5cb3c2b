package dk.kk.almenstyring.dialogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.common.FormValues;
import dk.kk.almenstyring.common.JsonVariables;
import dk.kk.almenstyring.enkeltaftale.EnkeltaftaleProcess;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * A7: enkeltaftaler agreed at the meeting are started from the report, each as the enkeltaftale's own start form
 * would start it (the person writing the report is its initiator), linked to the dialogue by {@code dialogueId}. In
 * the report's transaction: one refused enkeltaftale refuses the report, and nothing of it is recorded.
 */
@Component
public class ReportEnkeltaftaler {

    /** Set on each enkeltaftale started from a report. */
    public static final String DIALOGUE_ID = StyringsdialogProcess.Var.DIALOGUE_ID;

    private final RuntimeService runtimeService;

    public ReportEnkeltaftaler(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /**
     * Starts one enkeltaftale per filled-in row (blank rows are left out), all followed up on the report's one
     * follow-up date; returns their process instances.
     */
    public List<String> start(long dialogueId, String organisationCode, String meetingText, Object rows, Object followUpDate) {
        List<String> started = new ArrayList<>();
        List<Map<String, Object>> items = JsonVariables.objects(rows);
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> row = items.get(i);
            if (row.values().stream().allMatch(v -> FormValues.text(v) == null)) {
                continue;
            }
            String title = FormValues.text(row.get("title"));
            Map<String, Object> vars = new HashMap<>();
            vars.put(EnkeltaftaleProcess.Var.TITLE, title);
            vars.put(EnkeltaftaleProcess.Var.FORVALTNING, FormValues.text(row.get("forvaltning")));
            vars.put(EnkeltaftaleProcess.Var.ORGANISATION_CODE, organisationCode);
            vars.put(EnkeltaftaleProcess.Var.ESTATE_NUMBER, FormValues.text(row.get("estateNumber")));
            vars.put(EnkeltaftaleProcess.Var.PARENT_AGREEMENT_ID, row.get("parentAgreementId"));
            vars.put(EnkeltaftaleProcess.Var.GOALS, JsonVariables.json(List.of(Map.of(
                    "goal", java.util.Objects.toString(FormValues.text(row.get("goal")), ""),
                    "successCriterion", java.util.Objects.toString(FormValues.text(row.get("successCriterion")), "")))));
            vars.put(EnkeltaftaleProcess.Var.BODY, "Aftalt på styringsdialogmødet " + meetingText + ".");
            vars.put(EnkeltaftaleProcess.Var.FOLLOW_UP_DATE, followUpDate);
            vars.put(DIALOGUE_ID, dialogueId);
            try {
                ProcessInstance pi = runtimeService.startProcessInstanceByKey(EnkeltaftaleProcess.PROCESS_KEY, vars);
                started.add(pi.getId());
            } catch (BadUserRequestException refused) {
                throw new BadUserRequestException("Enkeltaftale nr. " + (i + 1) + (title == null ? "" : " ('" + title + "')")
                        + ": " + refused.getMessage(), refused);
            }
        }
        return started;
    }
}
