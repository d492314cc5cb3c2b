package dk.kk.almenstyring.proposal;

import dk.kk.almenstyring.forvaltning.Forvaltning;
import org.camunda.bpm.engine.BadUserRequestException;

/** What a member typed when proposing an agenda item. */
public record ProposalInput(String title, String description, String theme, String proposerForvaltning) {

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
        if (proposerForvaltning != null && !Forvaltning.isCode(proposerForvaltning)) {
            throw new BadUserRequestException("Ukendt forvaltning: '" + proposerForvaltning + "'. Kendte: "
                    + Forvaltning.knownCodes() + ".");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
