package dk.kk.almenstyring.delaftale;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import dk.kk.almenstyring.agreement.ActingPerson;
import dk.kk.almenstyring.agreement.Agreement;
import dk.kk.almenstyring.agreement.AgreementLevel;
import dk.kk.almenstyring.agreement.AgreementLifecycle;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.agreement.AgreementStatus;
import dk.kk.almenstyring.agreement.NewAgreement;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.delaftale.DelaftaleProcess.Var;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Runs in the transaction of the start form: a delaftale needs a hovedaftale in force above it (A6); without one,
 * under one that is not yet in force (drafted, negotiated, approved before its period) or one that has expired, the
 * start is refused and nothing is recorded. The register refuses it too.
 */
@Component("createDelaftale")
public class CreateDelaftaleDelegate implements JavaDelegate {

    /** A hovedaftale on its way: drafted, negotiated, or approved with a period that has not begun. */
    private static final Set<AgreementStatus> NOT_YET_IN_FORCE = EnumSet.of(AgreementStatus.DRAFT,
            AgreementStatus.NEGOTIATED, AgreementStatus.APPROVED);

    private final AgreementRegister register;
    private final AgreementLifecycle lifecycle;
    private final ActingPerson acting;

    public CreateDelaftaleDelegate(AgreementRegister register, AgreementLifecycle lifecycle, ActingPerson acting) {
        this.register = register;
        this.lifecycle = lifecycle;
        this.acting = acting;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DelaftaleDraft draft = DelaftaleDraft.read(execution);
        Agreement hovedaftale = activeHovedaftale();
        String pid = execution.getProcessInstanceId();
        long id = lifecycle.draft(new NewAgreement(AgreementLevel.DELAFTALE, draft.title(), hovedaftale.id(), null, null,
                null, draft.lead(), null, null, null, null, draft.content()), pid, acting.now());
        Var.AGREEMENT_ID.on(execution).set(id);
        Var.AGREEMENT_VERSION.on(execution).set(1);
        Var.TITLE.on(execution).set(draft.title());
        Var.TASK_SUBJECT.on(execution).set(draft.title());
        Var.LEAD_FORVALTNING.on(execution).set(draft.lead());
        Var.HOVEDAFTALE_ID.on(execution).set(hovedaftale.id());
        Var.OWNER_PROCESS_INSTANCE_ID.on(execution).set(pid);
        Var.REVISING.on(execution).set(false);
        execution.setProcessBusinessKey("delaftale-" + id);
    }

    private Agreement activeHovedaftale() {
        LocalDate today = EngineClock.now().atZone(DanishText.COPENHAGEN).toLocalDate();
        Optional<Agreement> active = register.activeHovedaftale();
        if (active.isPresent()) {
            Agreement h = active.get();
            if (h.validTo() != null && h.validTo().isBefore(today)) {
                throw expired(h);
            }
            return h;
        }
        Optional<Agreement> expired = register.all().stream()
                .filter(a -> a.level() == AgreementLevel.HOVEDAFTALE && a.status() == AgreementStatus.EXPIRED)
                .max(Comparator.comparing(Agreement::id));
        if (expired.isPresent()) {
            throw expired(expired.get());
        }
        Optional<Agreement> notYetInForce = register.all().stream()
                .filter(a -> a.level() == AgreementLevel.HOVEDAFTALE && NOT_YET_IN_FORCE.contains(a.status()))
                .max(Comparator.comparing(Agreement::id));
        if (notYetInForce.isPresent()) {
            Agreement h = notYetInForce.get();
            throw new BadUserRequestException("Hovedaftalen '" + h.title() + "' er ikke trådt i kraft (status "
                    + h.status() + "). En delaftale kan først oprettes, når hovedaftalen er godkendt og trådt i kraft.");
        }
        throw new BadUserRequestException("Der er ingen aktiv hovedaftale. En delaftale indgås under hovedaftalen "
                + "mellem Borgerrepræsentationen og BL's 1. kreds og kan først oprettes, når hovedaftalen er godkendt "
                + "og trådt i kraft.");
    }

    private static BadUserRequestException expired(Agreement h) {
        return new BadUserRequestException("Hovedaftalen '" + h.title() + "' er udløbet"
                + (h.validTo() == null ? "" : " (gyldig til " + h.validTo() + ")")
                + ". En delaftale kan kun oprettes under en aktiv hovedaftale.");
    }
}
