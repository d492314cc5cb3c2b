package dk.kk.almenstyring.wheel;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Runs in the review form's transaction: a refused plan leaves the task open and nothing recorded. */
@Component("recordAnnualPlan")
public class RecordAnnualPlanDelegate implements JavaDelegate {

    private final AnnualPlanner planner;

    public RecordAnnualPlanDelegate(AnnualPlanner planner) {
        this.planner = planner;
    }

    @Override
    public void execute(DelegateExecution execution) {
        planner.record(execution);
    }
}
