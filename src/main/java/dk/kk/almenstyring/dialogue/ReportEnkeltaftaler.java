package dk.kk.almenstyring.dialogue;

import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dk.kk.almenstyring.common.FormValues;
import dk.kk.almenstyring.common.JsonVariables;
import dk.kk.almenstyring.enkeltaftale.EnkeltaftaleProcess;
import dk.kk.almenstyring.enkeltaftale.EnkeltaftaleProcess.Var;
import io.holunda.camunda.bpm.data.factory.VariableFactory;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
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
    private static final VariableFactory<Long> DIALOGUE = longVariable(DIALOGUE_ID);

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
            VariableMap vars = Variables.createVariables();
            Var.TITLE.on(vars).set(title);
            Var.FORVALTNING.on(vars).set(FormValues.text(row.get("forvaltning")));
            Var.ORGANISATION_CODE.on(vars).set(organisationCode);
            Var.ESTATE_NUMBER.on(vars).set(FormValues.text(row.get("estateNumber")));
            // as the row holds them (the start step checks them): a number field and a JSON list
            vars.put(Var.PARENT_AGREEMENT_ID.getName(), row.get("parentAgreementId"));
            vars.putValueTyped(Var.GOALS.getName(), JsonVariables.json(List.of(Map.of(
                    "goal", Objects.toString(FormValues.text(row.get("goal")), ""),
                    "successCriterion", Objects.toString(FormValues.text(row.get("successCriterion")), "")))));
            Var.BODY.on(vars).set("Aftalt på styringsdialogmødet " + meetingText + ".");
            vars.put(Var.FOLLOW_UP_DATE.getName(), followUpDate);
            DIALOGUE.on(vars).set(dialogueId);
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
