package dk.kk.almenstyring.enkeltaftale;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.customVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.intVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import java.util.Date;

import dk.kk.almenstyring.model.TaskNames;
import io.holunda.camunda.bpm.data.factory.VariableFactory;

/** The enkeltaftale model (A7) in one place: its key, element ids and typed variables, used by code and tests. */
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

    /**
     * Process variables, with their types. What the process writes is typed exactly (a form's read-only field must
     * come back as it went out); what a form or the REST API sends is checked by the step that reads it.
     */
    public static final class Var {
        // start form (start-enkeltaftale), or a styringsdialog's report
        public static final VariableFactory<String> TITLE = stringVariable("agreementTitle");
        public static final VariableFactory<String> FORVALTNING = stringVariable("forvaltning");
        public static final VariableFactory<String> ORGANISATION_CODE = stringVariable("organisationCode");
        public static final VariableFactory<String> ESTATE_NUMBER = stringVariable("estateNumber");
        /** A number field (Long or Double from Tasklist), or whatever a report's row holds: read leniently. */
        public static final VariableFactory<Object> PARENT_AGREEMENT_ID = customVariable("parentAgreementId", Object.class);
        /** JSON (a dynamic list), a JSON string or a Java list: read leniently, never written by the process. */
        public static final VariableFactory<Object> GOALS = customVariable("goals", Object.class);
        public static final VariableFactory<String> BODY = stringVariable("agreementBody");
        /** As typed (dd.mm.åååå), then the ISO date (yyyy-mm-dd) once checked. */
        public static final VariableFactory<String> FOLLOW_UP_DATE = stringVariable("followUpDate");
        public static final VariableFactory<String> INITIATOR = stringVariable("initiator");
        // set when created
        public static final VariableFactory<Long> AGREEMENT_ID = longVariable("agreementId");
        public static final VariableFactory<Integer> AGREEMENT_VERSION = intVariable("agreementVersion");
        public static final VariableFactory<String> TASK_SUBJECT = stringVariable(TaskNames.SUBJECT);
        /** When its period ends: 00:00 after the parent's last day. */
        public static final VariableFactory<Date> PERIOD_ENDS_AT = dateVariable("periodEndsAt");
        public static final VariableFactory<String> ORGANISATION_NAME = stringVariable("organisationName");
        public static final VariableFactory<String> FORVALTNING_GROUP = stringVariable("forvaltningGroup");
        public static final VariableFactory<String> ORGANISATION_GROUP = stringVariable("organisationGroup");
        public static final VariableFactory<String> ESTATE_TEXT = stringVariable("estateText");
        public static final VariableFactory<String> GOALS_TEXT = stringVariable("goalsText");
        public static final VariableFactory<Date> FOLLOW_UP_AT = dateVariable("followUpAt");
        public static final VariableFactory<String> FOLLOW_UP_DATE_TEXT = stringVariable("followUpDateText");
        // agree-enkeltaftale form
        public static final VariableFactory<String> DECISION = stringVariable("agreementDecision");
        public static final String AGREED = "AGREED";
        public static final String DECLINED = "DECLINED";
        public static final VariableFactory<String> CASE_REFERENCE = stringVariable("caseReference");
        public static final VariableFactory<String> DECLINE_REASON = stringVariable("declineReason");
        public static final VariableFactory<String> DECLINED_BY = stringVariable("declinedBy");
        /** Local input of the recording steps: which party answered. */
        public static final VariableFactory<String> PARTY = stringVariable("party");
        public static final String PARTY_FORVALTNING = "FORVALTNING";
        public static final String PARTY_ORGANISATION = "ORGANISATION";
        // follow-up-enkeltaftale form
        public static final VariableFactory<String> FOLLOW_UP_NOTE = stringVariable("followUpNote");
        public static final VariableFactory<String> FOLLOW_UP_ACTION = stringVariable("followUpAction");
        public static final String ACTION_CONTINUE = "continue";
        public static final String ACTION_CLOSE = "close";
        public static final VariableFactory<String> NEXT_FOLLOW_UP_DATE = stringVariable("nextFollowUpDate");
        public static final VariableFactory<Boolean> FOLLOW_UP_CLOSED = booleanVariable("followUpClosed");
        public static final VariableFactory<Integer> FOLLOW_UP_ROUND = intVariable("followUpRound");

        private Var() {
        }

        /** Each party's follow-up, kept per party: forvaltningFollowUpNote, organisationNextFollowUp, …. */
        static VariableFactory<String> ofParty(String party, String suffix) {
            return stringVariable((PARTY_FORVALTNING.equals(party) ? "forvaltning" : "organisation") + suffix);
        }
    }
}
