package dk.kk.almenstyring.dialogue;

import dk.kk.almenstyring.dialogue.StyringsdialogProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The window closed and the organisation never booked: the dialogue is not held this year, and the round moves on. */
@Component("markStyringsdialogNotHeld")
public class MarkNotHeldDelegate implements JavaDelegate {

    private final DialogueRegister register;
    private final RoundCounts counts;

    public MarkNotHeldDelegate(DialogueRegister register, RoundCounts counts) {
        this.register = register;
        this.counts = counts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        register.notHeld(((Number) execution.getVariable(Var.DIALOGUE_ID)).longValue());
        counts.refresh(((Number) execution.getVariable(Var.YEAR)).intValue());
    }
}
