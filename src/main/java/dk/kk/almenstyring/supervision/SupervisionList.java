package dk.kk.almenstyring.supervision;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * A year's list of estates under extended supervision (S6), each with every reason it is on the list and who put
 * it there. {@code selectedAt} is null while the rule has not selected the year (estates brought in at a meeting
 * may be on it already).
 */
public record SupervisionList(int year, Integer target, Integer candidates, Instant selectedAt, String selectedBy,
        List<SupervisedEstate> estates) {

    public SupervisionList {
        estates = List.copyOf(estates);
    }

    public boolean selected() {
        return selectedAt != null;
    }

    /** The same list with only the estates that pass, e.g. one organisation's own. */
    public SupervisionList only(Predicate<SupervisedEstate> keep) {
        return new SupervisionList(year, target, candidates, selectedAt, selectedBy, estates.stream().filter(keep).toList());
    }

    public record SupervisedEstate(long estateId, String organisationCode, String organisationName, String number,
            String name, String district, boolean selectedByRule, List<Reason> reasons) {

        public SupervisedEstate {
            reasons = List.copyOf(reasons);
        }
    }

    public record Reason(String reason, Source source, String addedBy, Instant addedAt) {
    }

    /** Where a reason came from. */
    public enum Source {
        /** The selection rule (processes/extended-supervision.dmn). */
        RULE("Udvalgt efter reglen"),
        /** The organisation brought the estate in at its styringsdialog meeting. */
        MEETING("Tilføjet på styringsdialogmødet");

        private final String text;

        Source(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }
}
