package dk.kk.almenstyring.proposal;

import java.time.Instant;

/** A member's proposal for a meeting's agenda (F3, F10). A late one waits for the secretariat's decision. */
public record AgendaProposal(long id, long meetingId, String title, String description, String theme,
        String proposerForvaltning, String proposedLead, String proposedBy, Instant submittedAt, boolean late,
        ProposalStatus status, String reviewNote, String reviewedBy, Instant reviewedAt) {

    /** The forvaltning named as responsible on the agenda: the proposer's own, else the one the rules propose. */
    public String responsible() {
        return proposerForvaltning != null ? proposerForvaltning : proposedLead;
    }
}
