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
import dk.kk.almenstyring.common.FormValues;
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
        // whoever starts an approval (a call activity, or anyone over the REST API) may send any type: checked here,
        // then written back with the types the later steps read
        Object id = AgreementApprovalProcess.sent(Var.AGREEMENT_ID, execution);
        Object version = AgreementApprovalProcess.sent(Var.AGREEMENT_VERSION, execution);
        if (!(id instanceof Number) || !(version instanceof Number)) {
            throw new BadUserRequestException("Godkendelsen kræver aftalens nummer (agreementId) og version (agreementVersion).");
        }
        String owner = FormValues.text(AgreementApprovalProcess.sent(Var.OWNER_PROCESS_INSTANCE_ID, execution),
                "Ejerprocessen (ownerProcessInstanceId)");
        Agreement agreement = agreements.get(((Number) id).longValue());
        int v = ((Number) version).intValue();
        Var.AGREEMENT_ID.on(execution).set(agreement.id());
        Var.AGREEMENT_VERSION.on(execution).set(v);
        if (owner == null || !owner.equals(agreement.processInstanceId())) {
            throw new BadUserRequestException("Aftalen '" + agreement.title() + "' kan kun sendes til godkendelse af sin egen proces.");
        }
        if (agreements.versions(agreement.id()).stream().noneMatch(av -> av.version() == v)) {
            throw new BadUserRequestException("Aftalen '" + agreement.title() + "' har ingen version " + v + ".");
        }
        String title = FormValues.text(AgreementApprovalProcess.sent(Var.AGREEMENT_TITLE, execution), "Aftalens titel (agreementTitle)");
        Var.AGREEMENT_TITLE.on(execution).set(title == null ? agreement.title() : title);
        Var.TASK_SUBJECT.on(execution).set(Var.AGREEMENT_TITLE.from(execution).get());
        Var.AGREEMENT_SUMMARY.on(execution).set(summary(AgreementMailText.version(agreements, agreement.id(), v)));
        Instant now = EngineClock.now();
        Instant due = schedule.dueFrom(now);
        Var.APPROVAL_DUE.on(execution).set(Date.from(due));
        Var.APPROVAL_DUE_TEXT.on(execution).set(DanishText.dateTime(due));
        Var.APPROVAL_REMINDER_AT.on(execution).set(Date.from(schedule.reminderBefore(due, now)));
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
