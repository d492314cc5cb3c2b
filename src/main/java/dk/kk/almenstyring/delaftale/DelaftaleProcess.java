package dk.kk.almenstyring.delaftale;

/** The delaftale model (A6) in one place: its key, element ids and variable names, used by code and tests. */
public final class DelaftaleProcess {

    public static final String PROCESS_KEY = "delaftale";
    /** The forum that prepares delaftaler (A6). */
    public static final String FORUM_KEY = "SF";

    private DelaftaleProcess() {
    }

    /** Element ids of processes/delaftale.bpmn. */
    public static final class Element {
        public static final String START = "StartEvent_DelaftaleRequested";
        public static final String PROPOSE_LEAD = "BusinessRuleTask_ProposeLead";
        public static final String CREATE_DELAFTALE = "Task_CreateDelaftale";
        public static final String REQUEST_SF_AGENDA = "Task_RequestSfAgenda";
        public static final String SF_DECIDED = "Event_SfDecided";
        public static final String GATEWAY_SF_AGREED = "Gateway_SfAgreed";
        public static final String MARK_NEGOTIATED = "Task_MarkNegotiated";
        public static final String APPROVAL = "CallActivity_Approval";
        public static final String GATEWAY_APPROVED = "Gateway_Approved";
        public static final String ACTIVATE = "Task_ActivateDelaftale";
        public static final String MAIL_SF_MEMBERS = "Task_MailSfMembers";
        public static final String REVISE_ACTIVE = "Task_ReviseActive";
        public static final String RETURN_TO_DRAFT = "Task_ReturnToDraft";
        public static final String REVISE_DRAFT = "Task_ReviseDraft";
        public static final String GATEWAY_REVISION_ACTION = "Gateway_RevisionAction";
        public static final String SAVE_REVISION = "Task_SaveRevision";
        public static final String WITHDRAW = "Task_WithdrawDraft";
        public static final String WITHDRAWN = "EndEvent_DelaftaleWithdrawn";
        public static final String PERIOD_ENDS = "Event_DelaftalePeriodEnds";
        public static final String EXPIRE = "Task_ExpireDelaftale";
        public static final String EXPIRED = "EndEvent_DelaftaleExpired";
        /** The event sub-process: the hovedaftale above it ended (AgreementEnded). */
        public static final String ENDED_WITH_PARENT = "EndEvent_DelaftaleEnded";

        private Element() {
        }
    }

    /** Process variables. */
    public static final class Var {
        // start form (start-delaftale) and revise form (revise-delaftale)
        public static final String TITLE = "agreementTitle";
        public static final String THEME = "theme";
        public static final String GOALS = "goals";
        public static final String BODY = "agreementBody";
        public static final String LEAD_FORVALTNING = "leadForvaltning";
        public static final String INITIATOR = "initiator";
        // revise form
        public static final String REVISION_REASON = "revisionReason";
        public static final String REVISION_ACTION = "revisionAction";
        public static final String ACTION_REVISE = "revise";
        public static final String ACTION_WITHDRAW = "withdraw";
        // set by the process
        public static final String PROPOSED_LEAD = "proposedLead";
        public static final String AGREEMENT_ID = "agreementId";
        public static final String AGREEMENT_VERSION = "agreementVersion";
        public static final String OWNER_PROCESS_INSTANCE_ID = "ownerProcessInstanceId";
        public static final String HOVEDAFTALE_ID = "hovedaftaleId";
        public static final String AGENDA_REQUEST_ID = "agendaRequestId";
        /** True once the delaftale is active: the loop then revises an agreement in force. */
        public static final String REVISING = "revising";
        /** Set when a version is approved: true when it replaced a version in force (the mail says so). */
        public static final String ADJUSTMENT = "adjustment";
        // the agreement-approval call activity's answer
        public static final String APPROVAL_OUTCOME = "approvalOutcome";
        public static final String REJECTED_BY = "rejectedBy";
        public static final String REJECTION_REASON = "rejectionReason";

        private Var() {
        }
    }
}
