package dk.kk.almenstyring.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One version of an agreement as the mails give it (partial {@code aftaletekst}): themes, goals with their success
 * criteria (A8), the text and the documents, so that whoever must decide reads what they decide on.
 */
public final class AgreementMailText {

    private AgreementMailText() {
    }

    /** The model values {@code version}, {@code themes}, {@code goals}, {@code body} and {@code documents}. */
    public static Map<String, Object> of(AgreementVersion version) {
        Map<String, Object> model = new HashMap<>();
        model.put("version", String.valueOf(version.version()));
        model.put("themes", version.themes());
        model.put("goals", version.goals().stream()
                .map(g -> Map.<String, Object>of("goal", g.goal(), "successCriterion", g.successCriterion())).toList());
        model.put("body", version.body());
        model.put("documents", version.documents() == null ? List.of() : version.documents().stream()
                .map(d -> Map.<String, Object>of("name", d.name(), "reference", d.reference())).toList());
        return model;
    }

    /** The version of the agreement with this number. */
    public static AgreementVersion version(AgreementRegister register, long agreementId, int version) {
        return register.versions(agreementId).stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow(() -> new IllegalStateException("Agreement " + agreementId + " has no version " + version));
    }
}
