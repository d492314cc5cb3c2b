package dk.kk.almenstyring.accession;

/**
 * The accession model in one place (A5): one instance per housing organisation and hovedaftale, started by
 * {@link AccessionInvitations#inviteAll}. Start variables: {@link Var#AGREEMENT_ID} (Long),
 * {@link Var#AGREEMENT_TITLE} (String), {@link Var#ORGANISATION_CODE} (String).
 */
public final class AccessionProcess {

    public static final String PROCESS_KEY = "accession";

    public static final String ACCEDED = "ACCEDED";
    public static final String DECLINED = "DECLINED";

    private AccessionProcess() {
    }

    /** Element ids of processes/accession.bpmn. */
    public static final class Element {
        public static final String START = "StartEvent_AccessionInvited";
        public static final String RECORD_INVITATION = "Task_RecordInvitation";
        public static final String SEND_INVITATION = "Task_SendAccessionInvitation";
        public static final String ANSWER_ACCESSION = "Task_AnswerAccession";
        public static final String REMINDER = "BoundaryEvent_AccessionReminder";
        public static final String SEND_REMINDER = "Task_SendAccessionReminder";
        public static final String REMINDER_SENT = "EndEvent_AccessionReminderSent";
        public static final String RECORD_ANSWER = "Task_RecordAccessionAnswer";
        public static final String ANSWER_GATEWAY = "Gateway_AccessionAnswer";
        public static final String ACCEDED_END = "EndEvent_Acceded";
        public static final String DECLINED_END = "EndEvent_Declined";

        private Element() {
        }
    }

    /** Process variables. */
    public static final class Var {
        // start
        public static final String AGREEMENT_ID = "agreementId";
        public static final String AGREEMENT_TITLE = "agreementTitle";
        public static final String ORGANISATION_CODE = "organisationCode";
        // set by Task_RecordInvitation
        public static final String ORGANISATION_NAME = "organisationName";
        public static final String ORGANISATION_GROUP = "organisationGroup";
        public static final String REMINDER_CYCLE = "accessionReminderCycle";
        /** The answer's due date (the task's due date) and the same in words for the invitation. */
        public static final String ANSWER_DUE = "accessionAnswerDue";
        public static final String ANSWER_DUE_TEXT = "accessionAnswerDueText";
        // answer-accession form
        public static final String ACCESSION_ANSWER = "accessionAnswer";
        public static final String DECLINE_REASON = "declineReason";

        private Var() {
        }
    }
}
