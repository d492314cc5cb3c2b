package dk.kk.almenstyring.enkeltaftale;

import dk.kk.almenstyring.common.FormValues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.kk.almenstyring.agreement.AgreementVersion;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.common.JsonVariables;
import org.camunda.bpm.engine.BadUserRequestException;

/** Reading what the parties typed: text, dates, goals; and the few names derived from them. */
final class EnkeltaftaleInput {

    private EnkeltaftaleInput() {
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

    static List<AgreementVersion.Goal> goals(Object raw) {
        List<AgreementVersion.Goal> goals = new ArrayList<>();
        List<Map<String, Object>> lines = JsonVariables.objects(raw);
        for (int i = 0; i < lines.size(); i++) {
            String goal = FormValues.text(lines.get(i).get("goal"));
            String criterion = FormValues.text(lines.get(i).get("successCriterion"));
            if (goal == null && criterion == null) {
                continue;
            }
            if (goal == null || criterion == null) {
                throw new BadUserRequestException("Mål nr. " + (i + 1) + " skal have både et mål og et succeskriterium (A8).");
            }
            goals.add(new AgreementVersion.Goal(goal, criterion));
        }
        if (goals.isEmpty()) {
            throw new BadUserRequestException("Angiv mindst ét mål med succeskriterium, så aftalen kan følges op (A8).");
        }
        return goals;
    }

    static String goalsText(List<AgreementVersion.Goal> goals) {
        StringBuilder text = new StringBuilder();
        for (AgreementVersion.Goal g : goals) {
            text.append("- ").append(g.goal()).append(" (succeskriterium: ").append(g.successCriterion()).append(")\n");
        }
        return text.toString().strip();
    }
}
