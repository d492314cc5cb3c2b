package dk.kk.almenstyring.forvaltning;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The seven forvaltninger of Københavns Kommune (DOMAIN.md). The one source of their codes, Camunda group ids and
 * names: the forms' option lists are written from it ({@code docs/tools/sync-vocabulary.sh}) and VocabularyTest holds
 * the forms, the DMN lead-forvaltning and groups.yml to it. The order is the order people see in the forms.
 */
public enum Forvaltning {

    TMF("TMF", "tmf", "Teknik- og Miljøforvaltningen"),
    SOF("SOF", "sof", "Socialforvaltningen"),
    SUF("SUF", "suf", "Sundheds- og Omsorgsforvaltningen"),
    BIF("BIF", "bif", "Beskæftigelses- og Integrationsforvaltningen"),
    // Group ids are ASCII (Camunda Admin refuses Ø), so Økonomiforvaltningen's group is okf while its code keeps Ø.
    OKF("ØKF", "okf", "Økonomiforvaltningen"),
    BUF("BUF", "buf", "Børne- og Ungdomsforvaltningen"),
    KFF("KFF", "kff", "Kultur- og Fritidsforvaltningen");

    /** The forums' secretariat is TMF, Center for Bydesign: its standing items and its requests are TMF's. */
    public static final Forvaltning SECRETARIAT = TMF;

    private final String code;
    private final String groupId;
    private final String danishName;

    Forvaltning(String code, String groupId, String danishName) {
        this.code = code;
        this.groupId = groupId;
        this.danishName = danishName;
    }

    /** The code people read and the processes and the register store: TMF, …, ØKF. */
    public String code() {
        return code;
    }

    /** The forvaltning's Camunda group (type {@code forvaltning} in groups.yml). */
    public String groupId() {
        return groupId;
    }

    public String danishName() {
        return danishName;
    }

    public static Optional<Forvaltning> byCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }

    public static boolean isCode(String code) {
        return byCode(code).isPresent();
    }

    /** Group ids are compared as the identity service does, ignoring case. */
    public static Optional<Forvaltning> byGroupId(String groupId) {
        return Arrays.stream(values()).filter(f -> f.groupId.equalsIgnoreCase(groupId)).findFirst();
    }

    public static List<String> groupIds() {
        return Arrays.stream(values()).map(Forvaltning::groupId).toList();
    }

    /** For error messages: "BIF, BUF, KFF, SOF, SUF, TMF, ØKF". */
    public static String knownCodes() {
        return Arrays.stream(values()).map(Forvaltning::code).sorted().collect(Collectors.joining(", "));
    }

    /** The code of a group id, for a group that is not (yet) one of the seven: its id in capitals. */
    public static String codeOfGroup(String groupId) {
        return byGroupId(groupId).map(Forvaltning::code).orElseGet(() -> groupId.toUpperCase(Locale.ROOT));
    }
}
