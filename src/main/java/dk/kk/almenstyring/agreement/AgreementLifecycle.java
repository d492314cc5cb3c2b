package dk.kk.almenstyring.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import dk.kk.almenstyring.common.DanishText;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * The one life of an agreement, for hovedaftaler, delaftaler and enkeltaftaler alike: drafted, revised, negotiated,
 * approved (or a version rejected and back to draft), in force, and ended by its period, by a successor or with the
 * agreement above it. Every change names the process that owns the agreement and who acted ({@link Actor}).
 */
@Service
public class AgreementLifecycle {

    /** Caught by the delaftale and enkeltaftale processes: their agreement ended with the one above it. */
    public static final String MSG_ENDED = "AgreementEnded";
    /** The process variable, in every agreement process, that holds the agreement's id in the register. */
    public static final String AGREEMENT_ID = "agreementId";

    private final AgreementRegister register;
    private final RuntimeService runtimeService;

    public AgreementLifecycle(AgreementRegister register, RuntimeService runtimeService) {
        this.register = register;
        this.runtimeService = runtimeService;
    }

    /** The end of the last day: the agreement is in force through it and ends at midnight, Copenhagen time. */
    public static Date periodEndsAt(LocalDate validTo) {
        return Date.from(validTo.plusDays(1).atStartOfDay(DanishText.COPENHAGEN).toInstant());
    }

    public Agreement get(long id) {
        return register.get(id);
    }

    /** A new agreement in DRAFT, version 1. */
    public long draft(NewAgreement agreement, String processInstanceId, Actor by) {
        return register.create(agreement, processInstanceId, by);
    }

    /** A new version (a revised draft or an adjustment of one in force); it becomes current once approved. */
    public int revise(long id, AgreementContent content, String reason, String processInstanceId, Actor by) {
        return register.addVersion(id, content, reason, processInstanceId, by);
    }

    /** Records what happened without changing the status (e.g. Borgmesterforum's outcome on the draft). */
    public void record(long id, String note, String processInstanceId, Actor by) {
        register.note(id, note, processInstanceId, by);
    }

    /** One party's decision on one version (BR, BL, a forvaltning, a housing organisation). */
    public void decide(long id, int version, String body, boolean approved, LocalDate decidedOn, String caseReference,
            String reason, String processInstanceId, Actor by) {
        register.recordApproval(id, version, body, approved, decidedOn, caseReference, reason, processInstanceId, by);
    }

    /**
     * The negotiating parties agreed on the draft: NEGOTIATED. The revision of an agreement in force leaves it in
     * force (its version in force stays current until the new one is approved).
     */
    public void negotiated(long id, String note, String processInstanceId, Actor by) {
        if (register.get(id).status() == AgreementStatus.DRAFT) {
            register.transition(id, AgreementStatus.NEGOTIATED, note, processInstanceId, by);
        } else {
            register.note(id, note, processInstanceId, by);
        }
    }

    /**
     * The version is approved and becomes the current one. A negotiated agreement becomes APPROVED (it comes into
     * force by {@link #activate}); for one already in force the version replaces the one in force and is published
     * again. Returns whether it replaced a version in force.
     */
    public boolean approve(long id, int version, String note, String processInstanceId, Actor by) {
        Agreement agreement = register.get(id);
        register.approveVersion(id, version, processInstanceId);
        if (agreement.status() == AgreementStatus.ACTIVE) {
            register.note(id, note, processInstanceId, by);
            register.markPublished(id, processInstanceId);
            return true;
        }
        register.transition(id, AgreementStatus.APPROVED, note, processInstanceId, by);
        return false;
    }

    /**
     * The version was not approved: it is marked rejected; a negotiated draft goes back to DRAFT with the reason, an
     * agreement in force keeps its version in force.
     */
    public void rejectVersion(long id, int version, String note, String processInstanceId, Actor by) {
        register.rejectVersion(id, version, processInstanceId);
        if (register.get(id).status() == AgreementStatus.NEGOTIATED) {
            register.transition(id, AgreementStatus.DRAFT, note, processInstanceId, by);
        } else {
            register.note(id, note, processInstanceId, by);
        }
    }

    /**
     * The agreement will not be made (withdrawn, or declined by a party): it ends as REJECTED; the version declined,
     * if one was, is marked rejected.
     */
    public void reject(long id, Integer declinedVersion, String note, String processInstanceId, Actor by) {
        if (declinedVersion != null) {
            register.rejectVersion(id, declinedVersion, processInstanceId);
        }
        register.transition(id, AgreementStatus.REJECTED, note, processInstanceId, by);
    }

    /**
     * In force and published. With a period given (a delaftale or enkeltaftale: from today until its parent ends) it is
     * recorded first; the register refuses it outside the parent's period, and any activation before the period.
     */
    public void activate(long id, LocalDate validFrom, LocalDate validTo, String note, String processInstanceId, Actor by) {
        if (validFrom != null) {
            register.setValidity(id, validFrom, validTo, processInstanceId);
        }
        register.transition(id, AgreementStatus.ACTIVE, note, processInstanceId, by);
        register.markPublished(id, processInstanceId);
    }

    /** The follow-up date of an enkeltaftale (null when the follow-up is closed). */
    public void followUp(long id, LocalDate next, String processInstanceId) {
        register.setFollowUp(id, next, processInstanceId);
    }

    /**
     * The agreement's own period ended: EXPIRED (unless it already ended, e.g. with its parent at the same instant),
     * and everything beneath it ends with it.
     */
    public void expire(long id, String note, String processInstanceId, Actor by) {
        Agreement agreement = register.get(id);
        if (agreement.status() == AgreementStatus.ACTIVE) {
            register.transition(id, AgreementStatus.EXPIRED, note, processInstanceId, by);
        }
        endDescendants(id, "'" + agreement.title() + "' er udløbet; aftalen ophører med den", processInstanceId, by);
    }

    /**
     * A successor took over: SUPERSEDED, on behalf of the agreement's own process, and everything beneath it ends
     * with it (they are not carried over: new ones are made under the successor).
     */
    public void supersede(long id, String successorTitle, Actor by) {
        Agreement agreement = register.get(id);
        if (agreement.status() == AgreementStatus.ACTIVE) {
            register.transition(id, AgreementStatus.SUPERSEDED, "Afløst af " + successorTitle,
                    agreement.processInstanceId(), by);
        }
        endDescendants(id, "'" + agreement.title() + "' er afløst; aftalen ophører med den",
                agreement.processInstanceId(), by);
    }

    /**
     * Every agreement beneath this one that is still on its way or in force ends with it (EXPIRED, with the reason),
     * at any depth, each on behalf of its own process; then their processes are told ({@value #MSG_ENDED}) so that
     * their open tasks close. Returns those ended.
     */
    public List<Agreement> endDescendants(long id, String why, String processInstanceId, Actor by) {
        Agreement agreement = register.get(id);
        if (!agreement.processInstanceId().equals(processInstanceId)) {
            throw new BadUserRequestException("Aftalen '" + agreement.title() + "' kan kun ændres gennem sin egen proces.");
        }
        List<Agreement> ended = endBeneath(id, why, by);
        for (Agreement beneath : ended) {
            // a process that already ended (a closed follow-up) has nothing left to close: the register was enough
            runtimeService.createMessageCorrelation(MSG_ENDED)
                    .processInstanceVariableEquals(AGREEMENT_ID, beneath.id()).correlateAllWithResult();
        }
        return ended;
    }

    private List<Agreement> endBeneath(long id, String why, Actor by) {
        List<Agreement> ended = new ArrayList<>();
        for (Agreement child : register.children(id)) {
            if (child.status().isOpen()) {
                register.transition(child.id(), AgreementStatus.EXPIRED, why, child.processInstanceId(), by);
                ended.add(child);
            }
            ended.addAll(endBeneath(child.id(), why, by));
        }
        return ended;
    }
}
