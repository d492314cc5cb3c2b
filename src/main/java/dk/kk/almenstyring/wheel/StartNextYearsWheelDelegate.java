package dk.kk.almenstyring.wheel;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The yearly timer's step (aarshjul-yearly): starts the årshjul without a person, which plans the next year, or ends
 * at once when that year is already planned or under review.
 */
@Component("startNextYearsWheel")
public class StartNextYearsWheelDelegate implements JavaDelegate {

    private final RuntimeService runtimeService;

    public StartNextYearsWheelDelegate(@Lazy RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        runtimeService.startProcessInstanceByKey(AnnualWheelProcess.PROCESS_KEY);
    }
}
