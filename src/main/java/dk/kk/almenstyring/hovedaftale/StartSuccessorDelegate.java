package dk.kk.almenstyring.hovedaftale;

import java.time.LocalDate;

import dk.kk.almenstyring.agreement.Agreement;
import dk.kk.almenstyring.agreement.AgreementLifecycle;
import dk.kk.almenstyring.common.AsSystem;
import dk.kk.almenstyring.hovedaftale.HovedaftaleProcess.Var;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** In good time before the period ends (A4), preparation of the next hovedaftale starts by itself. */
@Component("startHovedaftaleSuccessor")
public class StartSuccessorDelegate implements JavaDelegate {

    private final AgreementLifecycle lifecycle;
    private final HovedaftaleSchedule schedule;
    private final RuntimeService runtimeService;
    private final AsSystem asSystem;

    public StartSuccessorDelegate(AgreementLifecycle lifecycle, HovedaftaleSchedule schedule,
            RuntimeService runtimeService, AsSystem asSystem) {
        this.lifecycle = lifecycle;
        this.schedule = schedule;
        this.runtimeService = runtimeService;
        this.asSystem = asSystem;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Agreement current = lifecycle.get(Var.AGREEMENT_ID.from(execution).get());
        LocalDate from = current.validTo().plusDays(1);
        VariableMap vars = Variables.createVariables();
        Var.TITLE.on(vars).set("Hovedaftale " + from.getYear() + "–" + schedule.validTo(from).getYear());
        Var.VALID_FROM.on(vars).set(from.toString());
        Var.PREDECESSOR_ID.on(vars).set(current.id());
        asSystem.call(() -> runtimeService.startProcessInstanceByKey(HovedaftaleProcess.PROCESS_KEY, vars));
    }
}
