package dk.kk.almenstyring.hovedaftale;

import java.util.Date;
import java.util.List;

import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.hovedaftale.HovedaftaleProcess.Var;
import io.holunda.camunda.bpm.data.factory.VariableFactory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Plans next year's evaluation; the adjustment form's fields are cleared for it. */
@Component("scheduleHovedaftaleEvaluation")
public class ScheduleNextEvaluationDelegate implements JavaDelegate {

    private final HovedaftaleSchedule schedule;

    public ScheduleNextEvaluationDelegate(HovedaftaleSchedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Var.NEXT_EVALUATION_AT.on(execution).set(Date.from(schedule.nextEvaluation(EngineClock.now())));
        for (VariableFactory<?> field : List.of(Var.ADJUST, Var.THEMES, Var.GOALS, Var.BODY, Var.REVISION_REASON)) {
            field.on(execution).remove();
        }
    }
}
