package dk.kk.almenstyring.proposal;

/** The agenda-proposal model: one instance per proposal. */
public final class AgendaProposalProcess {

    public static final String PROCESS_KEY = "agenda-proposal";

    public static final String PROPOSE_LEAD = "BusinessRuleTask_ProposeLead";
    public static final String RECORD_PROPOSAL = "Task_RecordProposal";
    public static final String ON_TIME = "EndEvent_ProposalOnTime";
    public static final String NOTIFY_SECRETARIAT = "Task_NotifySecretariat";
    public static final String REVIEW_LATE_PROPOSAL = "Task_ReviewLateProposal";
    public static final String RECORD_REVIEW = "Task_RecordReview";
    public static final String REVIEWED = "EndEvent_LateProposalReviewed";

    public static final String VAR_MEETING_ID = "meetingId";
    public static final String VAR_PROPOSAL_ID = "proposalId";
    public static final String VAR_PROPOSED_BY = "proposedBy";
    public static final String VAR_PROPOSED_LEAD = "proposedLead";
    public static final String VAR_LATE = "late";
    public static final String VAR_DECISION = "lateProposalDecision";
    public static final String VAR_REVIEW_NOTE = "reviewNote";
    /** The forvaltning responsible for an accepted late proposal: prefilled from the proposal, chosen by the secretariat. */
    public static final String VAR_RESPONSIBLE = "responsible";

    /**
     * Set on the meeting's meeting-cycle instance: the proposals received so far (title, proposer, received), shown on
     * the next "Foreslå punkt til dagsordenen" task so a member sees that a proposal arrived and what others proposed.
     */
    public static final String VAR_PROPOSALS_RECEIVED = "proposalsReceived";

    private AgendaProposalProcess() {
    }
}
