package dk.kk.almenstyring.hovedaftale;

import java.time.LocalDate;

import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.common.FormValues;
import dk.kk.almenstyring.hovedaftale.HovedaftaleProcess.Var;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The start form: a title and the first day of the period, not in the past; nothing is recorded yet. */
@Component("checkHovedaftaleStart")
public class CheckHovedaftaleStartDelegate implements JavaDelegate {

    private final HovedaftaleSchedule schedule;

    public CheckHovedaftaleStartDelegate(HovedaftaleSchedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String title = FormValues.text(Var.TITLE.from(execution).getOrNull());
        if (title == null) {
            throw new BadUserRequestException("Giv hovedaftalen en titel.");
        }
        LocalDate from = FormValues.date(Var.VALID_FROM.from(execution).getOrNull(), "Aftaleperiodens begyndelse");
        if (from == null) {
            throw new BadUserRequestException("Angiv hvornår aftaleperioden begynder.");
        }
        if (from.isBefore(EngineClock.now().atZone(DanishText.COPENHAGEN).toLocalDate())) {
            throw new BadUserRequestException("Aftaleperioden kan ikke begynde i fortiden (" + from + ").");
        }
        Var.TITLE.on(execution).set(title);
        Var.TASK_SUBJECT.on(execution).set(title);
        Var.VALID_FROM.on(execution).set(from.toString());
        Var.VALID_TO.on(execution).set(schedule.validTo(from).toString());
    }
}
