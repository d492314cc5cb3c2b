package dk.kk.almenstyring.evaluation;

import java.util.Arrays;
import java.util.Optional;

/** How far a goal of the hovedaftale has come in the year evaluated, as the secretariat judges it. */
public enum GoalStatus {

    ACHIEVED("Opfyldt"),
    ON_TRACK("På rette vej"),
    NOT_ON_TRACK("Ikke på rette vej");

    private final String danish;

    GoalStatus(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }

    public static Optional<GoalStatus> of(Object value) {
        return Arrays.stream(values()).filter(s -> s.name().equals(value)).findFirst();
    }
}
