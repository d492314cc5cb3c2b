package dk.kk.almenstyring.forvaltning;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The themes an agenda item or a delaftale is about. A theme points to the forvaltning whose remit it is through the
 * DMN table lead-forvaltning (F7), which users may change; this is only the list of themes, written into the forms by
 * {@code docs/tools/sync-vocabulary.sh} and checked against the DMN by VocabularyTest.
 */
public enum Theme {

    UDLEJNING("udlejning", "Udlejning og anvisning"),
    AELDREBOLIGER("aeldreboliger", "Ældre- og plejeboliger"),
    KLIMA("klima", "Klima og miljø"),
    BOLIGSOCIAL("boligsocial", "Boligsocial indsats"),
    OMRAADEFORNYELSE("omraadefornyelse", "Områdefornyelse og områdebaserede indsatser"),
    FREMTIDSSIKRING("fremtidssikring", "Fremtidssikring"),
    TRYGHED("tryghed", "Tryghed og trivsel"),
    BESKAEFTIGELSE("beskaeftigelse", "Beskæftigelse og integration"),
    BOERN("boern", "Børn og unge"),
    KULTUR("kultur", "Kultur og fritid"),
    OEKONOMI("oekonomi", "Økonomi"),
    // Whatever fits no other theme; the DMN's last rule gives it the secretariat's forvaltning.
    ANDET("andet", "Andet");

    private final String value;
    private final String label;

    Theme(String value, String label) {
        this.value = value;
        this.label = label;
    }

    /** What the forms and the processes store (ASCII, as the DMN compares it). */
    public String value() {
        return value;
    }

    public String label() {
        return label;
    }

    public static Optional<Theme> byValue(String value) {
        return Arrays.stream(values()).filter(t -> t.value.equals(value)).findFirst();
    }

    /** For error messages, in the forms' order: "udlejning, aeldreboliger, …, andet". */
    public static String knownValues() {
        return Arrays.stream(values()).map(Theme::value).collect(Collectors.joining(", "));
    }
}
