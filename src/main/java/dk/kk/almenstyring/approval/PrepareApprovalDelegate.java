package dk.kk.almenstyring.approval;

import java.time.Instant;
import java.util.Date;

import dk.kk.almenstyring.agreement.Agreement;
import dk.kk.almenstyring.agreement.AgreementMailText;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.agreement.AgreementVersion;
import dk.kk.almenstyring.approval.AgreementApprovalProcess.Var;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.model.TaskNames;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Checks the caller's input against the register (the agreement, the version, the owning process) and sets the
 * due date and the reminder time of both bodies' approval, and what they decide on ({@code agreementSummary}).
 */
@Component("prepareAgreementApproval")
public class PrepareApprovalDelegate implements JavaDelegate {

    private final AgreementRegister agreements;
    private final ApprovalSchedule schedule;

    public PrepareApprovalDelegate(AgreementRegister agreements, ApprovalSchedule schedule) {
        this.agreements = agreements;
        this.schedule = schedule;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object id = execution.getVariable(Var.AGREEMENT_ID);
        Object version = execution.getVariable(Var.AGREEMENT_VERSION);
        String owner = (String) execution.getVariable(Var.OWNER_PROCESS_INSTANCE_ID);
        if (!(id instanceof Number) || !(version instanceof Number)) {
            throw new BadUserRequestException("Godkendelsen kræver aftalens nummer (agreementId) og version (agreementVersion).");
        }
        Agreement agreement = agreements.get(((Number) id).longValue());
        int v = ((Number) version).intValue();
        if (owner == null || !owner.equals(agreement.processInstanceId())) {
            throw new BadUserRequestException("Aftalen '" + agreement.title() + "' kan kun sendes til godkendelse af sin egen proces.");
        }
        if (agreements.versions(agreement.id()).stream().noneMatch(av -> av.version() == v)) {
            throw new BadUserRequestException("Aftalen '" + agreement.title() + "' har ingen version " + v + ".");
        }
        if (execution.getVariable(Var.AGREEMENT_TITLE) == null) {
            execution.setVariable(Var.AGREEMENT_TITLE, agreement.title());
        }
        execution.setVariable(TaskNames.SUBJECT, execution.getVariable(Var.AGREEMENT_TITLE));
        execution.setVariable(Var.AGREEMENT_SUMMARY, summary(AgreementMailText.version(agreements, agreement.id(), v)));
        Instant now = EngineClock.now();
        Instant due = schedule.dueFrom(now);
        execution.setVariable(Var.APPROVAL_DUE, Date.from(due));
        execution.setVariable(Var.APPROVAL_DUE_TEXT, DanishText.dateTime(due));
        execution.setVariable(Var.APPROVAL_REMINDER_AT, Date.from(schedule.reminderBefore(due, now)));
    }

    /** What the bodies decide on, as Markdown for the approve-agreement form: themes, goals, text, documents. */
    static String summary(AgreementVersion version) {
        StringBuilder text = new StringBuilder();
        if (version.themes() != null) {
            text.append("**Temaer:** ").append(version.themes()).append("\n\n");
        }
        text.append("**Mål og succeskriterier:**\n");
        version.goals().forEach(g -> text.append("\n- ").append(g.goal()).append(" – succeskriterium: ")
                .append(g.successCriterion()));
        if (version.body() != null) {
            text.append("\n\n**Aftaletekst:**\n\n").append(version.body());
        }
        if (version.documents() != null) {
            version.documents().forEach(d -> text.append("\n\nBilag: ").append(d.name()).append(" (reference ")
                    .append(d.reference()).append(")"));
        }
        return text.toString();
    }
}
