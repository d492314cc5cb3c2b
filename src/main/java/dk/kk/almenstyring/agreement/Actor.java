package dk.kk.almenstyring.agreement;

/**
 * Who changed an agreement: the person who completed the task, started the process or recorded the decision it
 * follows from, or the engine itself when a timer fired, and then which timer.
 */
public record Actor(String userId, String timer) {

    /** The register's name for the engine acting on a timer. */
    public static final String SYSTEM = "system";

    public static Actor person(String userId) {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("a person acting on an agreement needs a user id");
        }
        return new Actor(userId, null);
    }

    /** The engine, when the named timer fired (e.g. "Aftaleperioden udløber"). */
    public static Actor timer(String timerName) {
        return new Actor(SYSTEM, timerName);
    }
}
