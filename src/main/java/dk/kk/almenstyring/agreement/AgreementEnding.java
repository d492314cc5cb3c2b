package dk.kk.almenstyring.agreement;

import java.time.LocalDate;
import java.util.Date;

import dk.kk.almenstyring.common.DanishText;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Every agreement ends by its period or by its parent (A6, A7): when it ends, the agreements in force beneath it
 * end in the register, and the processes that still run for them are told ({@value #MSG_ENDED}, correlated on the
 * agreement's id) so that their open tasks close.
 */
@Component
public class AgreementEnding {

    /** Caught by the delaftale and enkeltaftale processes: their agreement ended with the one above it. */
    public static final String MSG_ENDED = "AgreementEnded";
    /** Process variable: when the agreement's period ends (00:00 the day after its last day, Copenhagen time). */
    public static final String VAR_PERIOD_ENDS_AT = "periodEndsAt";
    static final String BY = "system";

    private final AgreementRegister register;
    private final RuntimeService runtimeService;

    public AgreementEnding(AgreementRegister register, RuntimeService runtimeService) {
        this.register = register;
        this.runtimeService = runtimeService;
    }

    /** The end of the last day: the agreement is in force through it and ends at midnight. */
    public static Date periodEndsAt(LocalDate validTo) {
        return Date.from(validTo.plusDays(1).atStartOfDay(DanishText.COPENHAGEN).toInstant());
    }

    /**
     * The agreement's own period ended: EXPIRED, unless its parent already ended it at the same instant, and so do the
     * agreements beneath it.
     */
    public void periodEnded(long id, String processInstanceId) {
        Agreement agreement = register.get(id);
        if (agreement.status() == AgreementStatus.ACTIVE) {
            register.transition(id, AgreementStatus.EXPIRED, "Gyldighedsperioden er udløbet", processInstanceId, BY);
        }
        endDescendants(id, processInstanceId, "'" + agreement.title() + "' er udløbet; aftalen ophører med den");
    }

    /** The agreement ended: those beneath it end too, in the register and in their running processes. */
    public void endDescendants(long id, String processInstanceId, String why) {
        for (Agreement ended : register.endDescendants(id, AgreementStatus.EXPIRED, why, processInstanceId, BY)) {
            // a process that already ended (a closed follow-up) has nothing left to close: the register was enough
            runtimeService.createMessageCorrelation(MSG_ENDED)
                    .processInstanceVariableEquals("agreementId", ended.id()).correlateAllWithResult();
        }
    }
}
