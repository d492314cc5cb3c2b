package dk.kk.almenstyring.agreement;

import java.util.List;

/** The content of one version: themes, goals with success criteria (A8), text and attached documents. */
public record AgreementContent(String themes, List<AgreementVersion.Goal> goals, String body,
        List<AgreementVersion.Document> documents) {
}
