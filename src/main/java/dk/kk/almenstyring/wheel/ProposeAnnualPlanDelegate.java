package dk.kk.almenstyring.wheel;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Runs in the start form's transaction (or the yearly timer's job): a year that cannot be planned is refused there. */
@Component("proposeAnnualPlan")
public class ProposeAnnualPlanDelegate implements JavaDelegate {

    private final AnnualPlanner planner;

    public ProposeAnnualPlanDelegate(AnnualPlanner planner) {
        this.planner = planner;
    }

    @Override
    public void execute(DelegateExecution execution) {
        planner.propose(execution);
    }
}
