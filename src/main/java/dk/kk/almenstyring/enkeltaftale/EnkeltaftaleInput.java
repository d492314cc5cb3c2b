package dk.kk.almenstyring.enkeltaftale;

import static io.holunda.camunda.bpm.data.CamundaBpmData.customVariable;

import dk.kk.almenstyring.common.FormValues;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import dk.kk.almenstyring.agreement.AgreementVersion;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.common.EngineClock;
import io.holunda.camunda.bpm.data.factory.VariableFactory;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reading what the parties typed: dates; and the few texts derived from it (goals are read by AgreementInput). */
final class EnkeltaftaleInput {

    private EnkeltaftaleInput() {
    }

    /**
     * What a form or the REST API sent for a variable, whatever its type: the caller checks it with FormValues, so
     * a wrongly typed value is refused in Danish instead of failing the step.
     */
    static Object sent(VariableFactory<?> variable, VariableScope scope) {
        return customVariable(variable.getName(), Object.class).from(scope).getOrNull();
    }

    static LocalDate today() {
        return EngineClock.now().atZone(DanishText.COPENHAGEN).toLocalDate();
    }

    /** A date from a form ("14.01.2027") or the API ("2027-01-14"), or a Date; null when empty. */
    static LocalDate date(Object value, String what) {
        return FormValues.date(value, what);
    }

    /** A date that must lie after today. */
    static LocalDate futureDate(Object value, String what) {
        LocalDate date = date(value, what);
        if (date == null) {
            throw new BadUserRequestException("Angiv " + what.toLowerCase(Locale.ROOT) + ".");
        }
        if (!date.isAfter(today())) {
            throw new BadUserRequestException(what + " skal ligge efter i dag (" + date + " er ikke).");
        }
        return date;
    }

    /** When the follow-up timer fires: 09:00 in Copenhagen on the day. */
    static Date followUpAt(LocalDate day) {
        return Date.from(day.atTime(9, 0).atZone(DanishText.COPENHAGEN).toInstant());
    }

    static String dateText(LocalDate day) {
        return DanishText.date(day.atTime(12, 0).atZone(DanishText.COPENHAGEN).toInstant());
    }

    static String goalsText(List<AgreementVersion.Goal> goals) {
        StringBuilder text = new StringBuilder();
        for (AgreementVersion.Goal g : goals) {
            text.append("- ").append(g.goal()).append(" (succeskriterium: ").append(g.successCriterion()).append(")\n");
        }
        return text.toString().strip();
    }
}
