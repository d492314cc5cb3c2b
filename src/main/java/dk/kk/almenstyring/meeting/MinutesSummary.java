package dk.kk.almenstyring.meeting;

import java.util.List;

/**
 * What the minutes mails carry beside the text: the attendance as recorded (names) and each item's decision, with
 * the outcome (Udfald) of an item about an agreement.
 */
public record MinutesSummary(List<String> present, List<String> absent, List<Decided> decisions) {

    public MinutesSummary {
        present = List.copyOf(present);
        absent = List.copyOf(absent);
        decisions = List.copyOf(decisions);
    }

    /** @param outcome "Enighed om aftalen" or "Ikke enighed" for an agreement item, else null */
    public record Decided(int number, String title, String decision, String outcome) {
    }
}
