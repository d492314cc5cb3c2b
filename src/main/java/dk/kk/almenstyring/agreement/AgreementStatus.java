package dk.kk.almenstyring.agreement;

import java.util.Map;
import java.util.Set;

/**
 * An agreement's status. It moves only along these transitions, and only through the agreement processes
 * ({@link AgreementLifecycle}); a rejection by BR or BL sends it back to negotiation (DRAFT). One that has not come
 * into force when the agreement above it ends lapses with it (EXPIRED).
 */
public enum AgreementStatus {
    DRAFT, NEGOTIATED, APPROVED, ACTIVE, SUPERSEDED, EXPIRED, REJECTED;

    private static final Map<AgreementStatus, Set<AgreementStatus>> NEXT = Map.of(
            DRAFT, Set.of(NEGOTIATED, REJECTED, EXPIRED),
            NEGOTIATED, Set.of(APPROVED, DRAFT, REJECTED, EXPIRED),
            APPROVED, Set.of(ACTIVE, EXPIRED),
            ACTIVE, Set.of(SUPERSEDED, EXPIRED),
            SUPERSEDED, Set.of(),
            EXPIRED, Set.of(),
            REJECTED, Set.of());

    /** Still on its way or in force: it ends when the agreement above it ends. */
    public boolean isOpen() {
        return !NEXT.get(this).isEmpty();
    }

    public boolean canMoveTo(AgreementStatus next) {
        return NEXT.get(this).contains(next);
    }
}
