package dk.kk.almenstyring.dialogue;

import java.util.LinkedHashMap;
import java.util.Map;

import dk.kk.almenstyring.common.AsSystem;
import dk.kk.almenstyring.dialogue.StyringsdialogProcess.Var;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The round's figures as Cockpit shows them: process variables on the round's instance (invited, booked, held,
 * reported), recomputed from the register whenever a dialogue moves on, so they never drift from it. A dialogue
 * counts as booked once booked (also when held and reported later), and so on.
 *
 * <p>The figures are written after the dialogue's own transaction has committed, in one of their own: every
 * dialogue shares the round's variables, and two organisations booking at the same moment must not refuse one of
 * them with the engine's "changed by someone else". A write that collides with another is recomputed and tried again.
 */
@Service
public class RoundCounts {

    private static final Logger LOG = LoggerFactory.getLogger(RoundCounts.class);
    private static final int ATTEMPTS = 5;

    private final DialogueRegister register;
    private final RuntimeService runtimeService;
    private final AsSystem asSystem;
    private final TransactionTemplate ownTransaction;

    public RoundCounts(DialogueRegister register, RuntimeService runtimeService, AsSystem asSystem,
            PlatformTransactionManager transactionManager) {
        this.register = register;
        this.runtimeService = runtimeService;
        this.asSystem = asSystem;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public Map<String, Object> of(int year) {
        Map<DialogueStatus, Integer> s = register.statusCounts(year);
        int reported = s.get(DialogueStatus.REPORTED);
        int held = reported + s.get(DialogueStatus.HELD);
        int booked = held + s.get(DialogueStatus.BOOKED);
        int invited = booked + s.get(DialogueStatus.INVITED) + s.get(DialogueStatus.NOT_HELD);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put(Var.INVITED, invited);
        counts.put(Var.BOOKED, booked);
        counts.put(Var.HELD, held);
        counts.put(Var.REPORTED, reported);
        return counts;
    }

    /**
     * Writes the year's figures onto the round's instance once the current transaction has committed (at once when
     * there is none); a transaction that rolls back changes nothing. The product acts: organisations may not write there.
     */
    public void refresh(int year) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            write(year);
            return;
        }
        String key = RoundCounts.class.getName() + "." + year;
        if (TransactionSynchronizationManager.hasResource(key)) {
            return; // already due after this commit
        }
        TransactionSynchronizationManager.bindResource(key, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                write(year);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }
        });
    }

    private void write(int year) {
        for (int attempt = 1; ; attempt++) {
            try {
                ownTransaction.executeWithoutResult(status -> register.roundInstance(year).ifPresent(roundId ->
                        asSystem.call(() -> {
                            if (runtimeService.createProcessInstanceQuery().processInstanceId(roundId).count() > 0) {
                                runtimeService.setVariables(roundId, of(year));
                            }
                            return null;
                        })));
                return;
            } catch (OptimisticLockingException e) {
                if (attempt == ATTEMPTS) {
                    // the dialogue's own change is committed; the figures catch up at the round's next move
                    LOG.warn("The figures of the styringsdialog round {} were not updated after {} attempts: {}", year,
                            ATTEMPTS, e.getMessage());
                    return;
                }
            }
        }
    }
}
