package dk.kk.almenstyring.hovedaftale;

import dk.kk.almenstyring.common.FormValues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.agenda.AgendaRequests;
import dk.kk.almenstyring.agreement.Agreement;
import dk.kk.almenstyring.agreement.AgreementContent;
import dk.kk.almenstyring.agreement.AgreementEnding;
import dk.kk.almenstyring.agreement.AgreementLevel;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.agreement.AgreementStatus;
import dk.kk.almenstyring.agreement.AgreementVersion;
import dk.kk.almenstyring.agreement.NewAgreement;
import dk.kk.almenstyring.common.AsSystem;
import dk.kk.almenstyring.common.CurrentUser;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.common.JsonVariables;
import dk.kk.almenstyring.forvaltning.Forvaltning;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

import static dk.kk.almenstyring.hovedaftale.HovedaftaleProcess.*;

/**
 * The steps of the hovedaftale process (A1–A5, A8, F12). Each public method is one service task of
 * processes/hovedaftale.bpmn (see {@link HovedaftaleDelegates}); the register checks that only this process
 * changes the agreement.
 */
@Service
public class HovedaftaleSteps {

    private static final String AGREED = "AGREED";

    private final AgreementRegister register;
    private final AgendaRequests agendaRequests;
    private final HovedaftaleSchedule schedule;
    private final HovedaftaleMails mails;
    private final RuntimeService runtimeService;
    private final CurrentUser currentUser;
    private final AsSystem asSystem;
    private final AgreementEnding ending;

    public HovedaftaleSteps(AgreementRegister register, AgendaRequests agendaRequests, HovedaftaleSchedule schedule,
            HovedaftaleMails mails, RuntimeService runtimeService, CurrentUser currentUser, AsSystem asSystem,
            AgreementEnding ending) {
        this.ending = ending;
        this.register = register;
        this.agendaRequests = agendaRequests;
        this.schedule = schedule;
        this.mails = mails;
        this.runtimeService = runtimeService;
        this.currentUser = currentUser;
        this.asSystem = asSystem;
    }

    /** The start form: a title and the first day of the period; nothing is recorded yet. */
    public void checkStart(DelegateExecution execution) {
        String title = FormValues.text(execution.getVariable(VAR_TITLE));
        if (title == null) {
            throw new BadUserRequestException("Giv hovedaftalen en titel.");
        }
        LocalDate from = date(execution.getVariable(VAR_VALID_FROM), "Angiv hvornår aftaleperioden begynder.");
        if (from.isBefore(EngineClock.now().atZone(DanishText.COPENHAGEN).toLocalDate())) {
            throw new BadUserRequestException("Aftaleperioden kan ikke begynde i fortiden (" + from + ").");
        }
        execution.setVariable(VAR_TITLE, title);
        execution.setVariable(VAR_VALID_FROM, from.toString());
        execution.setVariable("validTo", schedule.validTo(from).toString());
    }

    /** Records the draft prepared for Borgmesterforum (A1), or a revision of it, with goals and success criteria (A8). */
    public void registerDraft(DelegateExecution execution) {
        AgreementContent content = content(execution);
        Object id = execution.getVariable(VAR_AGREEMENT_ID);
        String pid = execution.getProcessInstanceId();
        if (id == null) {
            LocalDate from = LocalDate.parse((String) execution.getVariable(VAR_VALID_FROM));
            Long predecessor = execution.getVariable(VAR_PREDECESSOR_ID) instanceof Number n ? n.longValue() : null;
            long created = register.create(new NewAgreement(AgreementLevel.HOVEDAFTALE, (String) execution.getVariable(VAR_TITLE),
                    null, predecessor, from, schedule.validTo(from), null, null, null, null, null, content), pid, currentUser.id());
            execution.setVariable(VAR_AGREEMENT_ID, created);
            execution.setVariable(VAR_VERSION, 1);
        } else {
            String reason = FormValues.text(execution.getVariable(VAR_REVISION_REASON));
            int version = register.addVersion(((Number) id).longValue(), content,
                    reason == null ? "Revideret efter forhandling" : reason, pid, currentUser.id());
            execution.setVariable(VAR_VERSION, version);
            execution.removeVariable(VAR_REVISION_REASON);
        }
    }

    /** Puts the hovedaftale on the next agenda of a forum; the forum's decision comes back as a message. */
    public void requestAgendaItem(DelegateExecution execution) {
        String forum = (String) execution.getVariable("forum");
        String purpose = (String) execution.getVariable("purpose");
        long id = ((Number) execution.getVariable(VAR_AGREEMENT_ID)).longValue();
        Agreement agreement = register.get(id);
        agendaRequests.request(forum, purpose + ": " + agreement.title(),
                "Hovedaftalen, version " + execution.getVariable(VAR_VERSION) + ". Udfaldet registreres i referatet.", Forvaltning.SECRETARIAT.code(),
                id, execution.getProcessInstanceId());
    }

    /**
     * Borgmesterforum's outcome on the draft it prepares (A1), in the agreement's history: with "enighed" the draft
     * goes on to Partnerskabsforum; with "ikke enighed" the municipality's side is not ready to negotiate, so the
     * secretariat revises the draft with BMF's remarks and it goes back to Borgmesterforum, not on to PSF.
     */
    public void recordBmfOutcome(DelegateExecution execution) {
        boolean agreed = AGREED.equals(execution.getVariable(AgendaRequests.VAR_OUTCOME));
        register.note(agreementId(execution), "Borgmesterforum, version " + execution.getVariable(VAR_VERSION) + ": "
                + (agreed ? "enighed – udkastet går videre til Partnerskabsforum"
                        : "ikke enighed – udkastet revideres og forelægges Borgmesterforum igen")
                + ". Beslutning: " + execution.getVariable(AgendaRequests.VAR_DECISION),
                execution.getProcessInstanceId(), decidedBy(execution));
    }

    /** Partnerskabsforum agreed (A1): the text goes out with the minutes and on to approval (A2). */
    public void markNegotiated(DelegateExecution execution) {
        register.transition(agreementId(execution), AgreementStatus.NEGOTIATED,
                "Forhandlet på plads i Partnerskabsforum: " + execution.getVariable(AgendaRequests.VAR_DECISION),
                execution.getProcessInstanceId(), decidedBy(execution));
    }

    public void sendNegotiatedText(DelegateExecution execution) {
        mails.negotiated(register.get(agreementId(execution)), (Integer) execution.getVariable(VAR_VERSION));
    }

    /** BR or BL did not approve (A2): the reason is recorded and the agreement goes back to negotiation in PSF. */
    public void returnToNegotiation(DelegateExecution execution) {
        long id = agreementId(execution);
        String pid = execution.getProcessInstanceId();
        register.rejectVersion(id, (Integer) execution.getVariable(VAR_VERSION), pid);
        register.transition(id, AgreementStatus.DRAFT, "Ikke godkendt af " + execution.getVariable("rejectedBy") + ": "
                + execution.getVariable("rejectionReason"), pid, currentUser.id());
    }

    /**
     * Approved by both (A2): the version becomes current and the agreement APPROVED. It comes into force when its
     * period begins (the timer after this step), at once when that day has come.
     */
    public void approve(DelegateExecution execution) {
        long id = agreementId(execution);
        String pid = execution.getProcessInstanceId();
        int version = (Integer) execution.getVariable(VAR_VERSION);
        register.approveVersion(id, version, pid);
        register.transition(id, AgreementStatus.APPROVED, "Godkendt af BR og BL's 1. kreds (version " + version
                + "); træder i kraft, når aftaleperioden begynder", pid, currentUser.id());
        execution.setVariable("periodStartsAt", Date.from(register.get(id).validFrom().atStartOfDay(DanishText.COPENHAGEN)
                .toInstant()));
    }

    /**
     * The period has begun: the agreement is active and published (A3); a predecessor it renews is superseded and
     * its process told so.
     */
    public void activate(DelegateExecution execution) {
        long id = agreementId(execution);
        String pid = execution.getProcessInstanceId();
        register.transition(id, AgreementStatus.ACTIVE, "Aftaleperioden er begyndt: i kraft og offentliggjort", pid,
                currentUser.id());
        register.markPublished(id, pid);
        Agreement agreement = register.get(id);
        if (agreement.predecessorId() != null) {
            Agreement predecessor = register.get(agreement.predecessorId());
            if (predecessor.status() == AgreementStatus.ACTIVE) {
                // on behalf of the predecessor's own process, which is then told to end
                register.transition(predecessor.id(), AgreementStatus.SUPERSEDED, "Afløst af " + agreement.title(),
                        predecessor.processInstanceId(), currentUser.id());
                runtimeService.createMessageCorrelation(MSG_SUPERSEDED).processInstanceId(predecessor.processInstanceId())
                        .correlateAllWithResult();
            }
        }
        execution.setVariable("periodEndsAt", Date.from(schedule.periodEnds(agreement.validTo())));
        execution.setVariable("renewalStartAt", Date.from(schedule.renewalStarts(agreement.validTo())));
        execution.setVariable("expiryWarningAt", Date.from(schedule.expiryWarning(agreement.validTo())));
        execution.setVariable("nextEvaluationAt", Date.from(schedule.nextEvaluation(EngineClock.now())));
    }

    public void announce(DelegateExecution execution) {
        mails.active(register.get(agreementId(execution)), (Integer) execution.getVariable(VAR_VERSION),
                Boolean.TRUE.equals(execution.getVariable("adjustment")));
    }

    public void scheduleNextEvaluation(DelegateExecution execution) {
        execution.setVariable("nextEvaluationAt", Date.from(schedule.nextEvaluation(EngineClock.now())));
        for (String field : List.of(VAR_ADJUST, VAR_THEMES, VAR_GOALS, VAR_BODY, VAR_REVISION_REASON)) {
            execution.removeVariable(field);
        }
    }

    /** PSF decided to adjust (A4, F12): the adjustment is a new version that goes through approval again. */
    public void registerAdjustment(DelegateExecution execution) {
        String reason = FormValues.text(execution.getVariable(VAR_REVISION_REASON));
        int version = register.addVersion(agreementId(execution), content(execution),
                reason == null ? "Justering besluttet i Partnerskabsforum" : reason, execution.getProcessInstanceId(),
                currentUser.id());
        execution.setVariable(VAR_VERSION, version);
    }

    public void applyAdjustment(DelegateExecution execution) {
        long id = agreementId(execution);
        String pid = execution.getProcessInstanceId();
        int version = (Integer) execution.getVariable(VAR_VERSION);
        boolean approved = "APPROVED".equals(execution.getVariable(VAR_APPROVAL_OUTCOME));
        execution.setVariable("adjustment", approved);
        if (approved) {
            register.approveVersion(id, version, pid);
            register.markPublished(id, pid);
        } else {
            register.rejectVersion(id, version, pid);
            execution.setVariable(VAR_VERSION, register.get(id).currentVersion());
        }
    }

    /** In good time before the period ends (A4), preparation of the next hovedaftale starts by itself. */
    public void startSuccessor(DelegateExecution execution) {
        Agreement current = register.get(agreementId(execution));
        LocalDate from = current.validTo().plusDays(1);
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_TITLE, "Hovedaftale " + from.getYear() + "–" + schedule.validTo(from).getYear());
        vars.put(VAR_VALID_FROM, from.toString());
        vars.put(VAR_PREDECESSOR_ID, current.id());
        asSystem.call(() -> runtimeService.startProcessInstanceByKey(PROCESS_KEY, vars));
    }

    public void warnIfNoSuccessor(DelegateExecution execution) {
        Agreement current = register.get(agreementId(execution));
        List<Agreement> successors = register.successors(current.id());
        // a successor approved to start when this one ends is as good as one in force
        boolean active = successors.stream()
                .anyMatch(a -> a.status() == AgreementStatus.ACTIVE || a.status() == AgreementStatus.APPROVED);
        if (!active) {
            mails.expiryWarning(current, successors.isEmpty() ? "ingen ny aftale er påbegyndt"
                    : "den nye aftale har status " + successors.get(successors.size() - 1).status());
        }
        execution.setVariable("successorActive", active);
    }

    /**
     * The period ended. A successor approved to start now supersedes it (its own start may be handled a moment
     * later, by another job of the same instant); without one the agreement has expired.
     */
    public void expire(DelegateExecution execution) {
        long id = agreementId(execution);
        Agreement successor = register.successors(id).stream()
                .filter(a -> a.status() == AgreementStatus.APPROVED || a.status() == AgreementStatus.ACTIVE)
                .reduce((first, second) -> second).orElse(null);
        if (successor != null) {
            register.transition(id, AgreementStatus.SUPERSEDED, "Afløst af " + successor.title(),
                    execution.getProcessInstanceId(), currentUser.id());
        } else {
            register.transition(id, AgreementStatus.EXPIRED, "Aftaleperioden er udløbet uden en ny aftale",
                    execution.getProcessInstanceId(), currentUser.id());
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Who recorded the forum's decision in the minutes (the step itself runs as a job). */
    private String decidedBy(DelegateExecution execution) {
        Object by = execution.getVariable(AgendaRequests.VAR_DECIDED_BY);
        return by instanceof String name ? name : currentUser.id();
    }

    private static long agreementId(DelegateExecution execution) {
        return ((Number) execution.getVariable(VAR_AGREEMENT_ID)).longValue();
    }

    /** Goals each need a success criterion, so that the agreement can be evaluated (A8). */
    static AgreementContent content(DelegateExecution execution) {
        List<AgreementVersion.Goal> goals = new ArrayList<>();
        List<Map<String, Object>> lines = JsonVariables.objects(execution.getVariable(VAR_GOALS));
        for (int i = 0; i < lines.size(); i++) {
            String goal = FormValues.text(lines.get(i).get("goal"));
            String criterion = FormValues.text(lines.get(i).get("successCriterion"));
            if (goal == null) {
                throw new BadUserRequestException("Mål " + (i + 1) + " mangler en beskrivelse.");
            }
            if (criterion == null) {
                throw new BadUserRequestException("Målet '" + goal + "' mangler et succeskriterium, så det kan evalueres.");
            }
            goals.add(new AgreementVersion.Goal(goal, criterion));
        }
        if (goals.isEmpty()) {
            throw new BadUserRequestException("Aftalen skal have mindst ét mål med et succeskriterium.");
        }
        List<AgreementVersion.Document> documents = new ArrayList<>();
        for (Map<String, Object> doc : JsonVariables.objects(execution.getVariable("documents"))) {
            String name = FormValues.text(doc.get("name"));
            String reference = FormValues.text(doc.get("reference"));
            if (name == null || reference == null) {
                throw new BadUserRequestException("Et vedhæftet dokument skal have både navn og reference.");
            }
            documents.add(new AgreementVersion.Document(name, reference));
        }
        return new AgreementContent(FormValues.text(execution.getVariable(VAR_THEMES)), goals, FormValues.text(execution.getVariable(VAR_BODY)),
                documents);
    }

    private static LocalDate date(Object value, String missing) {
        LocalDate date = FormValues.date(value, "Aftaleperiodens begyndelse");
        if (date == null) {
            throw new BadUserRequestException(missing);
        }
        return date;
    }


    /**
     * The hovedaftale expired or was superseded: its delaftaler and enkeltaftaler end with it (EXPIRED — they are not
     * replaced by the successor; new ones are prepared under it), and their processes close their tasks.
     */
    public void endDescendants(DelegateExecution execution) {
        Agreement hovedaftale = register.get(agreementId(execution));
        String why = hovedaftale.status() == AgreementStatus.SUPERSEDED
                ? "Hovedaftalen '" + hovedaftale.title() + "' er afløst; aftalen ophører med den"
                : "Hovedaftalen '" + hovedaftale.title() + "' er udløbet; aftalen ophører med den";
        ending.endDescendants(hovedaftale.id(), execution.getProcessInstanceId(), why);
    }
}
