package dk.kk.almenstyring.housing;

import java.util.List;

/**
 * A housing organisation (boligorganisation) with its estates (afdelinger). Its people work in Tasklist through
 * the Camunda group {@link #groupId()}.
 */
public record HousingOrganisation(long id, String code, String name, boolean blMember, String contactEmail,
        String administrator, boolean demo, List<Estate> estates) {

    public record Estate(long id, String number, String name) {
    }

    public String groupId() {
        return groupId(code);
    }

    public static String groupId(String code) {
        return "bo-" + code.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
