package dk.kk.almenstyring.dialogue;

import java.util.LinkedHashMap;
import java.util.Map;

import dk.kk.almenstyring.common.AsSystem;
import dk.kk.almenstyring.dialogue.StyringsdialogProcess.Var;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * The round's figures as Cockpit shows them: process variables on the round's instance (invited, booked, held,
 * reported), recomputed from the register whenever a dialogue moves on, so they never drift from it. A dialogue
 * counts as booked once booked (also when held and reported later), and so on.
 */
@Service
public class RoundCounts {

    private final DialogueRegister register;
    private final RuntimeService runtimeService;
    private final AsSystem asSystem;

    public RoundCounts(DialogueRegister register, RuntimeService runtimeService, AsSystem asSystem) {
        this.register = register;
        this.runtimeService = runtimeService;
        this.asSystem = asSystem;
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

    /** Writes the year's figures onto the round's instance (the product acts: organisations may not write there). */
    public void refresh(int year) {
        register.roundInstance(year).ifPresent(roundId -> asSystem.call(() -> {
            if (runtimeService.createProcessInstanceQuery().processInstanceId(roundId).count() > 0) {
                runtimeService.setVariables(roundId, of(year));
            }
            return null;
        }));
    }
}
