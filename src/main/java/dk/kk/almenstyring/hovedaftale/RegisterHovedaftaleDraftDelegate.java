package dk.kk.almenstyring.hovedaftale;

import java.time.LocalDate;

import dk.kk.almenstyring.agreement.ActingPerson;
import dk.kk.almenstyring.agreement.AgreementContent;
import dk.kk.almenstyring.agreement.AgreementInput;
import dk.kk.almenstyring.agreement.AgreementLevel;
import dk.kk.almenstyring.agreement.AgreementLifecycle;
import dk.kk.almenstyring.agreement.NewAgreement;
import dk.kk.almenstyring.common.FormValues;
import dk.kk.almenstyring.hovedaftale.HovedaftaleProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the secretariat's draft (A1) with its goals and success criteria (A8): the first one creates the
 * hovedaftale, every later one (after Borgmesterforum, Partnerskabsforum or a rejection) is a new version.
 */
@Component("registerHovedaftaleDraft")
public class RegisterHovedaftaleDraftDelegate implements JavaDelegate {

    private final AgreementLifecycle lifecycle;
    private final HovedaftaleSchedule schedule;
    private final ActingPerson acting;

    public RegisterHovedaftaleDraftDelegate(AgreementLifecycle lifecycle, HovedaftaleSchedule schedule, ActingPerson acting) {
        this.lifecycle = lifecycle;
        this.schedule = schedule;
        this.acting = acting;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AgreementContent content = HovedaftaleContent.of(execution);
        Long id = Var.AGREEMENT_ID.from(execution).getOrNull();
        String pid = execution.getProcessInstanceId();
        if (id == null) {
            LocalDate from = LocalDate.parse(Var.VALID_FROM.from(execution).get());
            long created = lifecycle.draft(new NewAgreement(AgreementLevel.HOVEDAFTALE, Var.TITLE.from(execution).get(),
                    null, Var.PREDECESSOR_ID.from(execution).getOrNull(), from, schedule.validTo(from), null, null, null,
                    null, null, content), pid, acting.now());
            Var.AGREEMENT_ID.on(execution).set(created);
            Var.VERSION.on(execution).set(1);
            return;
        }
        String reason = FormValues.text(Var.REVISION_REASON.from(execution).getOrNull());
        Var.VERSION.on(execution).set(lifecycle.revise(id, content, reason == null ? "Revideret efter forhandling" : reason,
                pid, acting.now()));
        Var.REVISION_REASON.on(execution).remove();
    }
}
