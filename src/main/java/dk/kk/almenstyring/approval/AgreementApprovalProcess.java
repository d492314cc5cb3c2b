package dk.kk.almenstyring.approval;

import static io.holunda.camunda.bpm.data.CamundaBpmData.customVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.intVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import java.util.Date;

import dk.kk.almenstyring.model.TaskNames;
import io.holunda.camunda.bpm.data.factory.VariableFactory;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The agreement-approval model in one place (A2): its key, element ids, variables and the two approving bodies.
 * Called as a call activity by the hovedaftale and delaftale processes.
 *
 * <p>Contract. In: {@link Var#AGREEMENT_ID} (Long), {@link Var#AGREEMENT_VERSION} (Integer),
 * {@link Var#AGREEMENT_TITLE} (String), {@link Var#OWNER_PROCESS_INSTANCE_ID} (String, the process that owns the
 * agreement in the register). Out: {@link Var#APPROVAL_OUTCOME} ({@value #APPROVED} or {@value #REJECTED}),
 * {@link Var#REJECTED_BY} ("BR" or "BL", null when approved), {@link Var#REJECTION_REASON} (null when approved).
 */
public final class AgreementApprovalProcess {

    public static final String PROCESS_KEY = "agreement-approval";

    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";

    /** Candidate group of BR's task: Borgerrepræsentationens sekretariat. */
    public static final String BR_GROUP = "br-sekretariat";
    /** Candidate group of BL's task: BL's 1. kreds' sekretariat. */
    public static final String BL_GROUP = "bl-sekretariat";
    /** Who is told when an approval is overdue: the forums' secretariat (TMF, Center for Bydesign). */
    public static final String ESCALATION_GROUP = "sekretariat";

    private AgreementApprovalProcess() {
    }

    /**
     * A variable as it was sent, whatever its type: a form, a calling process or anyone over the REST API may send
     * any type, and the step checks it (FormValues) and refuses a wrong one in Danish instead of failing on the type.
     */
    static Object sent(VariableFactory<?> variable, VariableScope scope) {
        return customVariable(variable.getName(), Object.class).from(scope).getOrNull();
    }

    /** Element ids of processes/agreement-approval.bpmn. */
    public static final class Element {
        public static final String START = "StartEvent_ApprovalRequested";
        public static final String PREPARE_APPROVAL = "Task_PrepareApproval";
        public static final String APPROVALS = "SubProcess_Approvals";
        public static final String APPROVAL_BR = "SubProcess_ApprovalBR";
        public static final String APPROVE_BR = "Task_ApproveBR";
        public static final String BR_REMINDER = "BoundaryEvent_BRReminder";
        public static final String SEND_BR_REMINDER = "Task_SendBRReminder";
        public static final String BR_OVERDUE = "BoundaryEvent_BROverdue";
        public static final String SEND_BR_ESCALATION = "Task_SendBREscalation";
        public static final String RECORD_BR = "Task_RecordBRDecision";
        public static final String BR_APPROVED = "EndEvent_BRApproved";
        public static final String BR_REJECTED = "EndEvent_BRRejected";
        public static final String APPROVAL_BL = "SubProcess_ApprovalBL";
        public static final String APPROVE_BL = "Task_ApproveBL";
        public static final String BL_REMINDER = "BoundaryEvent_BLReminder";
        public static final String SEND_BL_REMINDER = "Task_SendBLReminder";
        public static final String BL_OVERDUE = "BoundaryEvent_BLOverdue";
        public static final String SEND_BL_ESCALATION = "Task_SendBLEscalation";
        public static final String RECORD_BL = "Task_RecordBLDecision";
        public static final String BL_APPROVED = "EndEvent_BLApproved";
        public static final String BL_REJECTED = "EndEvent_BLRejected";
        public static final String AGREEMENT_REJECTED = "BoundaryEvent_AgreementRejected";
        public static final String CONCLUDE = "Task_ConcludeApproval";
        public static final String APPROVED_END = "EndEvent_AgreementApproved";
        public static final String REJECTED_END = "EndEvent_AgreementRejected";

        private Element() {
        }
    }

    /** Process variables, with their types (what the process writes is typed exactly). */
    public static final class Var {
        // in
        public static final VariableFactory<Long> AGREEMENT_ID = longVariable("agreementId");
        public static final VariableFactory<Integer> AGREEMENT_VERSION = intVariable("agreementVersion");
        public static final VariableFactory<String> AGREEMENT_TITLE = stringVariable("agreementTitle");
        public static final VariableFactory<String> OWNER_PROCESS_INSTANCE_ID = stringVariable("ownerProcessInstanceId");
        // set by Task_PrepareApproval
        public static final VariableFactory<String> TASK_SUBJECT = stringVariable(TaskNames.SUBJECT);
        public static final VariableFactory<Date> APPROVAL_DUE = dateVariable("approvalDue");
        public static final VariableFactory<String> APPROVAL_DUE_TEXT = stringVariable("approvalDueText");
        public static final VariableFactory<Date> APPROVAL_REMINDER_AT = dateVariable("approvalReminderAt");
        /** The version's themes, goals with success criteria, text and documents, as Markdown for the form. */
        public static final VariableFactory<String> AGREEMENT_SUMMARY = stringVariable("agreementSummary");
        // local to each body's sub-process
        public static final VariableFactory<String> APPROVAL_BODY = stringVariable("approvalBody");
        // approve-agreement form (local to each body's sub-process)
        public static final VariableFactory<String> APPROVAL_DECISION = stringVariable("approvalDecision");
        /** A text field (dd.mm.åååå); the REST API may send an ISO date or a Date: read leniently. */
        public static final VariableFactory<Object> DECIDED_ON = customVariable("decidedOn", Object.class);
        public static final VariableFactory<String> CASE_REFERENCE = stringVariable("caseReference");
        /** The form's reason (local), and the reason the process answers with (out). */
        public static final VariableFactory<String> REJECTION_REASON = stringVariable("rejectionReason");
        // out
        public static final VariableFactory<String> APPROVAL_OUTCOME = stringVariable("approvalOutcome");
        /** "BR" or "BL". */
        public static final VariableFactory<String> REJECTED_BY = stringVariable("rejectedBy");

        private Var() {
        }
    }

    /** The BPMN error that ends both bodies' work when one rejects. */
    public static final String ERROR_AGREEMENT_REJECTED = "Err_AgreementRejected";
}
