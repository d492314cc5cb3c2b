package dk.kk.almenstyring.delaftale;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

import dk.kk.almenstyring.agreement.Agreement;
import dk.kk.almenstyring.agreement.AgreementLevel;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.agreement.AgreementStatus;
import dk.kk.almenstyring.agreement.NewAgreement;
import dk.kk.almenstyring.common.CurrentUser;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.delaftale.DelaftaleProcess.Var;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Runs in the transaction of the start form: a delaftale needs an active hovedaftale above it (A6, issue #3 "bad
 * input"); without one, or under one that has expired, the start is refused and nothing is recorded.
 */
@Component("createDelaftale")
public class CreateDelaftaleDelegate implements JavaDelegate {

    private final AgreementRegister register;
    private final CurrentUser currentUser;

    public CreateDelaftaleDelegate(AgreementRegister register, CurrentUser currentUser) {
        this.register = register;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DelaftaleDraft draft = DelaftaleDraft.read(execution);
        Agreement hovedaftale = activeHovedaftale();
        String pid = execution.getProcessInstanceId();
        String by = currentUser.id();
        long id = register.create(new NewAgreement(AgreementLevel.DELAFTALE, draft.title(), hovedaftale.id(), null, null,
                null, draft.lead(), null, null, null, null, draft.content()), pid, by);
        execution.setVariable(Var.AGREEMENT_ID, id);
        execution.setVariable(Var.AGREEMENT_VERSION, 1);
        execution.setVariable(Var.TITLE, draft.title());
        execution.setVariable(Var.LEAD_FORVALTNING, draft.lead());
        execution.setVariable(Var.HOVEDAFTALE_ID, hovedaftale.id());
        execution.setVariable(Var.OWNER_PROCESS_INSTANCE_ID, pid);
        execution.setVariable(Var.REVISING, false);
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
