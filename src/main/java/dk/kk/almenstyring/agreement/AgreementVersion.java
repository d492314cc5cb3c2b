package dk.kk.almenstyring.agreement;

import java.time.Instant;
import java.util.List;

/** One version of an agreement's content. Every adjustment is a new version; old ones stay readable. */
public record AgreementVersion(int version, String themes, List<Goal> goals, String body, List<Document> documents,
        String reason, String state, String createdBy, Instant createdAt) {

    /** A goal with the success criterion by which it is evaluated (A8). */
    public record Goal(String goal, String successCriterion) {
    }

    public record Document(String name, String reference) {
    }
}
