package dk.kk.almenstyring.enkeltaftale;

/** The enkeltaftale model (A7) in one place: its key, element ids and variable names, used by code and tests. */
public final class EnkeltaftaleProcess {

    public static final String PROCESS_KEY = "enkeltaftale";

    private EnkeltaftaleProcess() {
    }

    /** Element ids of processes/enkeltaftale.bpmn. */
    public static final class Element {
        public static final String START = "StartEvent_EnkeltaftaleRequested";
        public static final String CREATE = "Task_CreateEnkeltaftale";
        public static final String FORVALTNING_AGREES = "Task_ForvaltningAgrees";
        public static final String RECORD_FORVALTNING_ANSWER = "Task_RecordForvaltningAnswer";
        public static final String ORGANISATION_AGREES = "Task_OrganisationAgrees";
        public static final String RECORD_ORGANISATION_ANSWER = "Task_RecordOrganisationAnswer";
        public static final String ACTIVATE = "Task_ActivateEnkeltaftale";
        public static final String REJECT = "Task_RejectEnkeltaftale";
        public static final String REJECTED = "EndEvent_EnkeltaftaleRejected";
        public static final String FOLLOW_UP_DUE = "Event_FollowUpDue";
        public static final String FORVALTNING_FOLLOW_UP = "Task_ForvaltningFollowUp";
        public static final String RECORD_FORVALTNING_FOLLOW_UP = "Task_RecordForvaltningFollowUp";
        public static final String ORGANISATION_FOLLOW_UP = "Task_OrganisationFollowUp";
        public static final String RECORD_ORGANISATION_FOLLOW_UP = "Task_RecordOrganisationFollowUp";
        public static final String PLAN_FOLLOW_UP = "Task_PlanFollowUp";
        public static final String FOLLOW_UP_CLOSED = "EndEvent_FollowUpClosed";
        public static final String PERIOD_ENDS = "Event_EnkeltaftalePeriodEnds";
        public static final String EXPIRE = "Task_ExpireEnkeltaftale";
        public static final String EXPIRED = "EndEvent_EnkeltaftaleExpired";
        /** The event sub-process: the agreement above it ended (AgreementEnded). */
        public static final String ENDED_WITH_PARENT = "EndEvent_EnkeltaftaleEnded";

        private Element() {
        }
    }

    /** Process variables. */
    public static final class Var {
        // start form (start-enkeltaftale)
        public static final String TITLE = "agreementTitle";
        public static final String FORVALTNING = "forvaltning";
        public static final String ORGANISATION_CODE = "organisationCode";
        public static final String ESTATE_NUMBER = "estateNumber";
        public static final String PARENT_AGREEMENT_ID = "parentAgreementId";
        public static final String GOALS = "goals";
        public static final String BODY = "agreementBody";
        public static final String FOLLOW_UP_DATE = "followUpDate";
        public static final String INITIATOR = "initiator";
        // set when created
        public static final String AGREEMENT_ID = "agreementId";
        public static final String AGREEMENT_VERSION = "agreementVersion";
        /** When its period ends: 00:00 after the parent's last day (Date). */
        public static final String PERIOD_ENDS_AT = "periodEndsAt";
        public static final String ORGANISATION_NAME = "organisationName";
        public static final String FORVALTNING_GROUP = "forvaltningGroup";
        public static final String ORGANISATION_GROUP = "organisationGroup";
        public static final String ESTATE_TEXT = "estateText";
        public static final String GOALS_TEXT = "goalsText";
        public static final String FOLLOW_UP_AT = "followUpAt";
        public static final String FOLLOW_UP_DATE_TEXT = "followUpDateText";
        // agree-enkeltaftale form
        public static final String DECISION = "agreementDecision";
        public static final String AGREED = "AGREED";
        public static final String DECLINED = "DECLINED";
        public static final String CASE_REFERENCE = "caseReference";
        public static final String DECLINE_REASON = "declineReason";
        public static final String DECLINED_BY = "declinedBy";
        /** Local input of the recording steps: which party answered. */
        public static final String PARTY = "party";
        public static final String PARTY_FORVALTNING = "FORVALTNING";
        public static final String PARTY_ORGANISATION = "ORGANISATION";
        // follow-up-enkeltaftale form
        public static final String FOLLOW_UP_NOTE = "followUpNote";
        public static final String FOLLOW_UP_ACTION = "followUpAction";
        public static final String ACTION_CONTINUE = "continue";
        public static final String ACTION_CLOSE = "close";
        public static final String NEXT_FOLLOW_UP_DATE = "nextFollowUpDate";
        /** Per party: forvaltningFollowUpNote, organisationFollowUpAction, …. */
        public static final String FOLLOW_UP_CLOSED = "followUpClosed";
        public static final String FOLLOW_UP_ROUND = "followUpRound";

        private Var() {
        }

        static String ofParty(String party, String suffix) {
            return (PARTY_FORVALTNING.equals(party) ? "forvaltning" : "organisation") + suffix;
        }
    }
}
