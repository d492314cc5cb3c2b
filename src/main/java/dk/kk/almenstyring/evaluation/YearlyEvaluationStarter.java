package dk.kk.almenstyring.evaluation;

import java.util.Map;

import dk.kk.almenstyring.common.AsSystem;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts a year's evaluation by itself (when the year's styringsdialog round closes), unless the year has one. */
@Component
public class YearlyEvaluationStarter {

    private final RuntimeService runtimeService;
    private final YearlyEvaluations evaluations;
    private final AsSystem asSystem;

    public YearlyEvaluationStarter(RuntimeService runtimeService, YearlyEvaluations evaluations, AsSystem asSystem) {
        this.runtimeService = runtimeService;
        this.evaluations = evaluations;
        this.asSystem = asSystem;
    }

    /** Whether an evaluation was started; a year that has one (started by the secretariat or before) keeps it. */
    public boolean startOnce(int year) {
        if (evaluations.existsFor(year)) {
            return false;
        }
        // the product starts it, not the person whose step closed the round
        asSystem.call(() -> runtimeService.startProcessInstanceByKey(YearlyEvaluationProcess.PROCESS_KEY,
                "aarlig-evaluering-" + year, Map.of(YearlyEvaluationProcess.Var.YEAR, year)));
        return true;
    }
}
