package dk.kk.almenstyring.proposal;

import java.util.Set;

import org.camunda.bpm.engine.BadUserRequestException;

/** What a member typed when proposing an agenda item. */
public record ProposalInput(String title, String description, String theme, String proposerForvaltning) {

    public static final Set<String> FORVALTNINGER = Set.of("TMF", "SOF", "SUF", "BIF", "ØKF", "BUF", "KFF");

    public ProposalInput {
        title = blankToNull(title);
        description = blankToNull(description);
        theme = blankToNull(theme);
        proposerForvaltning = blankToNull(proposerForvaltning);
    }

    public void check() {
        if (title == null) {
            throw new BadUserRequestException("Forslaget mangler en titel.");
        }
        if (title.length() > 500) {
            throw new BadUserRequestException("Titlen er for lang (højst 500 tegn).");
        }
        if (proposerForvaltning != null && !FORVALTNINGER.contains(proposerForvaltning)) {
            throw new BadUserRequestException("Ukendt forvaltning: '" + proposerForvaltning + "'. Kendte: "
                    + String.join(", ", FORVALTNINGER.stream().sorted().toList()) + ".");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
