package dk.kk.almenstyring.hovedaftale;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;

import dk.kk.almenstyring.calendar.WorkingDays;
import dk.kk.almenstyring.common.DanishText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The hovedaftale's calendar, from configuration: its period (A1: 4 years, BR's election period), when the
 * yearly evaluation goes onto Partnerskabsforum's agenda (A4, F12), when preparing the successor starts and when
 * the secretariat is warned that none is in force.
 */
@Component
public class HovedaftaleSchedule {

    private final Period period;
    private final Period renewalLead;
    private final Period expiryWarning;
    private final MonthDay evaluationDay;
    private final WorkingDays workingDays;

    public HovedaftaleSchedule(@Value("${almen.agreements.hovedaftale-period:P4Y}") Period period,
            @Value("${almen.agreements.renewal-lead:P12M}") Period renewalLead,
            @Value("${almen.agreements.expiry-warning:P3M}") Period expiryWarning,
            @Value("${almen.agreements.evaluation-day:--01-15}") MonthDay evaluationDay, WorkingDays workingDays) {
        this.period = period;
        this.renewalLead = renewalLead;
        this.expiryWarning = expiryWarning;
        this.evaluationDay = evaluationDay;
        this.workingDays = workingDays;
    }

    /** The last day of a period starting {@code from}. */
    public LocalDate validTo(LocalDate from) {
        return from.plus(period).minusDays(1);
    }

    /** The end of the last day: the agreement expires after it. */
    public Instant periodEnds(LocalDate validTo) {
        return validTo.plusDays(1).atStartOfDay(DanishText.COPENHAGEN).toInstant();
    }

    public Instant renewalStarts(LocalDate validTo) {
        return morningOf(validTo.plusDays(1).minus(renewalLead));
    }

    public Instant expiryWarning(LocalDate validTo) {
        return morningOf(validTo.plusDays(1).minus(expiryWarning));
    }

    /** The next evaluation day after {@code now}, on a working day. */
    public Instant nextEvaluation(Instant now) {
        int year = now.atZone(DanishText.COPENHAGEN).getYear();
        // the day moves back to a working day, which may already have passed this year
        Instant candidate = morningOf(evaluationDay.atYear(year));
        return candidate.isAfter(now) ? candidate : morningOf(evaluationDay.atYear(year + 1));
    }

    private Instant morningOf(LocalDate day) {
        return workingDays.onOrBefore(day).atTime(LocalTime.of(9, 0)).atZone(DanishText.COPENHAGEN).toInstant();
    }
}
