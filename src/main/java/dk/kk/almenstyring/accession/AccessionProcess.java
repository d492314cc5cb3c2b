package dk.kk.almenstyring.accession;

import static io.holunda.camunda.bpm.data.CamundaBpmData.customVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import java.util.Date;

import dk.kk.almenstyring.model.TaskNames;
import io.holunda.camunda.bpm.data.factory.VariableFactory;
import org.camunda.bpm.engine.delegate.VariableScope;

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

    /**
     * A variable as it was sent, whatever its type: the answer form over the REST API may send any type, and the step
     * checks it (FormValues) and refuses a wrong one in Danish instead of failing on the type.
     */
    static Object sent(VariableFactory<?> variable, VariableScope scope) {
        return customVariable(variable.getName(), Object.class).from(scope).getOrNull();
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

    /** Process variables, with their types (what the process writes is typed exactly). */
    public static final class Var {
        // start
        public static final VariableFactory<Long> AGREEMENT_ID = longVariable("agreementId");
        public static final VariableFactory<String> AGREEMENT_TITLE = stringVariable("agreementTitle");
        public static final VariableFactory<String> ORGANISATION_CODE = stringVariable("organisationCode");
        // set by Task_RecordInvitation
        public static final VariableFactory<String> TASK_SUBJECT = stringVariable(TaskNames.SUBJECT);
        public static final VariableFactory<String> ORGANISATION_NAME = stringVariable("organisationName");
        public static final VariableFactory<String> ORGANISATION_GROUP = stringVariable("organisationGroup");
        public static final VariableFactory<String> REMINDER_CYCLE = stringVariable("accessionReminderCycle");
        /** The answer's due date (the task's due date) and the same in words for the invitation. */
        public static final VariableFactory<Date> ANSWER_DUE = dateVariable("accessionAnswerDue");
        public static final VariableFactory<String> ANSWER_DUE_TEXT = stringVariable("accessionAnswerDueText");
        // answer-accession form
        public static final VariableFactory<String> ACCESSION_ANSWER = stringVariable("accessionAnswer");
        public static final VariableFactory<String> DECLINE_REASON = stringVariable("declineReason");

        private Var() {
        }
    }
}
