package dk.kk.almenstyring.evaluation;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.kk.almenstyring.agreement.Agreement;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.agreement.AgreementVersion;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.common.FormValues;
import dk.kk.almenstyring.common.JsonVariables;
import dk.kk.almenstyring.evaluation.YearlyEvaluationProcess.Var;
import dk.kk.almenstyring.model.TaskNames;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens the year's evaluation (once a year) and gives the secretariat what it compiles: the round's reports (S4) and
 * one line per goal and success criterion of the hovedaftale in force, each to be given a status and a comment.
 */
@Component("prepareYearlyEvaluation")
public class PrepareYearlyEvaluationDelegate implements JavaDelegate {

    private final YearlyEvaluations evaluations;
    private final RoundSummaries summaries;
    private final AgreementRegister register;
    private final EvaluatedGoals goals;

    public PrepareYearlyEvaluationDelegate(YearlyEvaluations evaluations, RoundSummaries summaries,
            AgreementRegister register, EvaluatedGoals goals) {
        this.evaluations = evaluations;
        this.summaries = summaries;
        this.register = register;
        this.goals = goals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = year(execution.getVariable(Var.YEAR));
        Optional<Agreement> hovedaftale = register.activeHovedaftale();
        Long agreementId = hovedaftale.map(Agreement::id).orElse(null);
        Integer version = hovedaftale.map(Agreement::currentVersion).orElse(null);
        String reports = summaries.forYear(year)
                .map(s -> s.summary() + (s.reports() == null || s.reports().isBlank() ? "" : "\n\n" + s.reports()))
                .orElse("Styringsdialogens afrapporteringer for " + year + " foreligger ikke. Skriv årets resultater "
                        + "fra styringsdialogerne i den samlede vurdering.");
        long id = evaluations.open(year, execution.getProcessInstanceId(), agreementId, version, reports);
        List<Map<String, Object>> lines = new ArrayList<>();
        List<AgreementVersion.Goal> evaluated = goals.of(agreementId, version);
        for (int i = 0; i < evaluated.size(); i++) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("position", i + 1);
            line.put("goal", evaluated.get(i).goal());
            line.put("successCriterion", evaluated.get(i).successCriterion());
            line.put("status", null);
            line.put("comment", "");
            lines.add(line);
        }
        execution.setVariable(Var.EVALUATION_ID, id);
        execution.setVariable(TaskNames.SUBJECT, YearlyEvaluationProcess.taskSubject(year));
        execution.setVariable(Var.HOVEDAFTALE_TEXT, goals.title(agreementId, version));
        execution.setVariable(Var.REPORTS_TEXT, reports);
        execution.setVariable(Var.CONCLUSION, "");
        execution.setVariable(Var.GOALS, JsonVariables.json(lines));
    }

    /** A year that has begun: the evaluation looks back. */
    static int year(Object value) {
        String text = value instanceof Number n && n.doubleValue() == n.longValue() ? String.valueOf(n.longValue())
                : FormValues.text(value);
        if (text == null || !text.matches("\\d{4}")) {
            throw new BadUserRequestException("Skriv året med fire cifre, fx 2027.");
        }
        int year = Integer.parseInt(text);
        int now = ZonedDateTime.ofInstant(EngineClock.now(), DanishText.COPENHAGEN).getYear();
        if (year > now) {
            throw new BadUserRequestException("Året " + year + " er ikke begyndt endnu og kan ikke evalueres.");
        }
        if (year < 2000) {
            throw new BadUserRequestException("Året " + year + " ligger før hovedaftalernes tid.");
        }
        return year;
    }
}
