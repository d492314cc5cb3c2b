package dk.kk.almenstyring.agreement;

import java.util.Map;
import java.util.Set;

/**
 * An agreement's status. It moves only along these transitions, and only through the agreement processes
 * ({@link AgreementRegister#transition}); a rejection by BR or BL sends it back to negotiation (DRAFT).
 */
public enum AgreementStatus {
    DRAFT, NEGOTIATED, APPROVED, ACTIVE, SUPERSEDED, EXPIRED, REJECTED;

    private static final Map<AgreementStatus, Set<AgreementStatus>> NEXT = Map.of(
            DRAFT, Set.of(NEGOTIATED, REJECTED),
            NEGOTIATED, Set.of(APPROVED, DRAFT, REJECTED),
            APPROVED, Set.of(ACTIVE),
            ACTIVE, Set.of(SUPERSEDED, EXPIRED),
            SUPERSEDED, Set.of(),
            EXPIRED, Set.of(),
            REJECTED, Set.of());

    public boolean canMoveTo(AgreementStatus next) {
        return NEXT.get(this).contains(next);
    }
}
