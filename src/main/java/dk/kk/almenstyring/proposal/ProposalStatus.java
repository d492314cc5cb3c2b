package dk.kk.almenstyring.proposal;

public enum ProposalStatus {
    /** Came in before the deadline: goes on the agenda draft. */
    ON_TIME,
    /** Came in late: waits for the secretariat. */
    PENDING,
    ACCEPTED,
    /** Deferred to a later meeting of the same forum. */
    DEFERRED
}
