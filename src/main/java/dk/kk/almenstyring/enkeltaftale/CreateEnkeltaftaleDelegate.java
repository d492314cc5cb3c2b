package dk.kk.almenstyring.enkeltaftale;

import dk.kk.almenstyring.common.FormValues;
import java.time.LocalDate;
import java.util.List;

import dk.kk.almenstyring.agreement.Agreement;
import dk.kk.almenstyring.agreement.ActingPerson;
import dk.kk.almenstyring.agreement.AgreementContent;
import dk.kk.almenstyring.agreement.AgreementInput;
import dk.kk.almenstyring.agreement.AgreementLifecycle;
import dk.kk.almenstyring.agreement.AgreementLevel;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.agreement.AgreementStatus;
import dk.kk.almenstyring.agreement.AgreementVersion;
import dk.kk.almenstyring.agreement.NewAgreement;
import dk.kk.almenstyring.enkeltaftale.EnkeltaftaleProcess.Var;
import dk.kk.almenstyring.forvaltning.Forvaltning;
import dk.kk.almenstyring.housing.HousingOrganisation;
import dk.kk.almenstyring.housing.HousingRegister;
import dk.kk.almenstyring.identity.MemberDirectory;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Runs in the transaction of the start form: an enkeltaftale (A7) is between one forvaltning and one registered
 * housing organisation (or one of its estates), under an ACTIVE delaftale or hovedaftale, with goals and a
 * follow-up date in the future. Anything else is refused and nothing is recorded.
 */
@Component("createEnkeltaftale")
public class CreateEnkeltaftaleDelegate implements JavaDelegate {

    static final String SECRETARIAT_GROUP = "sekretariat";

    private final AgreementRegister register;
    private final HousingRegister housing;
    private final MemberDirectory directory;
    private final AgreementLifecycle lifecycle;
    private final ActingPerson acting;

    public CreateEnkeltaftaleDelegate(AgreementRegister register, HousingRegister housing, MemberDirectory directory,
            AgreementLifecycle lifecycle, ActingPerson acting) {
        this.register = register;
        this.housing = housing;
        this.directory = directory;
        this.lifecycle = lifecycle;
        this.acting = acting;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String title = FormValues.text(EnkeltaftaleInput.sent(Var.TITLE, execution));
        if (title == null) {
            throw new BadUserRequestException("Giv enkeltaftalen en titel.");
        }
        if (title.length() > 500) {
            throw new BadUserRequestException("Enkeltaftalens titel er for lang (højst 500 tegn).");
        }
        String forvaltning = FormValues.text(EnkeltaftaleInput.sent(Var.FORVALTNING, execution));
        if (!Forvaltning.isCode(forvaltning)) {
            throw new BadUserRequestException("Ukendt forvaltning: '" + forvaltning + "'. Kendte: "
                    + Forvaltning.knownCodes() + ".");
        }
        checkInitiator(Var.INITIATOR.from(execution).getOrNull(), forvaltning);
        String code = FormValues.text(EnkeltaftaleInput.sent(Var.ORGANISATION_CODE, execution));
        if (code == null) {
            throw new BadUserRequestException("Angiv boligorganisationen (kode, fx KAB).");
        }
        HousingOrganisation organisation = housing.require(code);
        HousingOrganisation.Estate estate = estate(organisation, FormValues.text(EnkeltaftaleInput.sent(Var.ESTATE_NUMBER, execution)));
        Agreement parent = parent(Var.PARENT_AGREEMENT_ID.from(execution).getOrNull());
        List<AgreementVersion.Goal> goals = AgreementInput.goals(Var.GOALS.from(execution).getOrNull());
        LocalDate followUp = EnkeltaftaleInput.futureDate(EnkeltaftaleInput.sent(Var.FOLLOW_UP_DATE, execution),
                "Opfølgningsdatoen");

        String pid = execution.getProcessInstanceId();
        long id = lifecycle.draft(new NewAgreement(AgreementLevel.ENKELTAFTALE, title, parent.id(), null, null, null,
                null, forvaltning, organisation.id(), estate == null ? null : estate.id(), followUp,
                new AgreementContent(null, goals, FormValues.text(EnkeltaftaleInput.sent(Var.BODY, execution)), List.of())),
                pid, acting.now());
        execution.setProcessBusinessKey("enkeltaftale-" + id);
        Var.AGREEMENT_ID.on(execution).set(id);
        Var.AGREEMENT_VERSION.on(execution).set(1);
        Var.TITLE.on(execution).set(title);
        Var.TASK_SUBJECT.on(execution).set(title);
        Var.FORVALTNING.on(execution).set(forvaltning);
        Var.ORGANISATION_CODE.on(execution).set(organisation.code());
        Var.ORGANISATION_NAME.on(execution).set(organisation.name());
        Var.FORVALTNING_GROUP.on(execution).set(Forvaltning.byCode(forvaltning).orElseThrow().groupId());
        Var.ORGANISATION_GROUP.on(execution).set(organisation.groupId());
        Var.ESTATE_TEXT.on(execution).set(estate == null ? "" : "afdeling " + estate.number() + " " + estate.name());
        Var.GOALS_TEXT.on(execution).set(EnkeltaftaleInput.goalsText(goals));
        Var.FOLLOW_UP_DATE.on(execution).set(followUp.toString());
        Var.FOLLOW_UP_AT.on(execution).set(EnkeltaftaleInput.followUpAt(followUp));
        Var.FOLLOW_UP_DATE_TEXT.on(execution).set(EnkeltaftaleInput.dateText(followUp));
        Var.FOLLOW_UP_ROUND.on(execution).set(0);
    }

    /** The secretariat may start any enkeltaftale; a forvaltning only its own. */
    private void checkInitiator(String initiator, String forvaltning) {
        if (initiator == null || directory.isMemberOfAny(initiator, List.of(SECRETARIAT_GROUP))) {
            return;
        }
        String own = directory.forvaltningOf(initiator).orElseThrow(() -> new BadUserRequestException(
                "Enkeltaftaler oprettes af sekretariatet eller af en forvaltning."));
        if (!own.equals(forvaltning)) {
            throw new BadUserRequestException("Du kan kun oprette enkeltaftaler, hvor din egen forvaltning (" + own
                    + ") er part.");
        }
    }

    private static HousingOrganisation.Estate estate(HousingOrganisation organisation, String number) {
        if (number == null) {
            return null;
        }
        return organisation.estates().stream().filter(e -> e.number().equalsIgnoreCase(number)).findFirst()
                .orElseThrow(() -> new BadUserRequestException("Afdeling '" + number + "' findes ikke hos "
                        + organisation.name() + "."));
    }

    private Agreement parent(Object raw) {
        if (raw == null || raw.toString().isBlank()) {
            throw new BadUserRequestException("Angiv den delaftale eller hovedaftale, som enkeltaftalen hører under.");
        }
        long id;
        try {
            id = raw instanceof Number n ? n.longValue() : Long.parseLong(raw.toString().trim());
        } catch (NumberFormatException e) {
            throw new BadUserRequestException("Den overordnede aftale skal angives med sit nummer ('" + raw + "' er ikke et nummer).");
        }
        Agreement parent = register.find(id).orElseThrow(() -> new BadUserRequestException(
                "Aftalen med nummer " + id + " findes ikke."));
        if (parent.level() == AgreementLevel.ENKELTAFTALE) {
            throw new BadUserRequestException("En enkeltaftale kan ikke høre under en anden enkeltaftale ('"
                    + parent.title() + "'); vælg en delaftale eller hovedaftalen.");
        }
        if (parent.status() != AgreementStatus.ACTIVE) {
            throw new BadUserRequestException("En enkeltaftale skal høre under en aktiv delaftale eller hovedaftale; '"
                    + parent.title() + "' har status " + parent.status() + ".");
        }
        return parent;
    }
}
