package dk.kk.almenstyring.accession;

import dk.kk.almenstyring.accession.AccessionProcess.Var;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.Date;

import dk.kk.almenstyring.calendar.WorkingDays;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.common.FormValues;
import dk.kk.almenstyring.housing.HousingOrganisation;
import dk.kk.almenstyring.housing.HousingRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Records the invitation (once per agreement and organisation) and sets who answers, by when
 * ({@code almen.agreements.accession-answer-within}, a working day at the deadline hour) and how often they are
 * reminded.
 */
@Component("recordAccessionInvitation")
public class RecordInvitationDelegate implements JavaDelegate {

    private final HousingRegister housing;
    private final AccessionRegister accessions;
    private final String reminderCycle;
    private final Period answerWithin;
    private final LocalTime deadlineTime;
    private final WorkingDays workingDays;

    public RecordInvitationDelegate(HousingRegister housing, AccessionRegister accessions,
            @Value("${almen.agreements.accession-reminder:R/P14D}") String reminderCycle,
            @Value("${almen.agreements.accession-answer-within:P8W}") Period answerWithin,
            @Value("${almen.deadline-time:16:00}") String deadlineTime, WorkingDays workingDays) {
        this.housing = housing;
        this.accessions = accessions;
        this.reminderCycle = reminderCycle;
        this.answerWithin = answerWithin;
        this.deadlineTime = LocalTime.parse(deadlineTime);
        this.workingDays = workingDays;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long agreementId = Var.AGREEMENT_ID.from(execution).get();
        HousingOrganisation organisation = housing.require(
                FormValues.text(AccessionProcess.sent(Var.ORGANISATION_CODE, execution), "Boligorganisationens kode"));
        accessions.invite(agreementId, organisation, EngineClock.now());
        Var.ORGANISATION_CODE.on(execution).set(organisation.code());
        Var.ORGANISATION_NAME.on(execution).set(organisation.name());
        Var.TASK_SUBJECT.on(execution).set(organisation.name());
        Var.ORGANISATION_GROUP.on(execution).set(organisation.groupId());
        Var.REMINDER_CYCLE.on(execution).set(reminderCycle);
        // the date by which to answer, given in the invitation and as the task's due date; reminders go on after it
        LocalDate day = EngineClock.now().atZone(DanishText.COPENHAGEN).toLocalDate().plus(answerWithin);
        Instant due = workingDays.onOrBefore(day).atTime(deadlineTime).atZone(DanishText.COPENHAGEN).toInstant();
        Var.ANSWER_DUE.on(execution).set(Date.from(due));
        Var.ANSWER_DUE_TEXT.on(execution).set(DanishText.dateTime(due));
    }
}
