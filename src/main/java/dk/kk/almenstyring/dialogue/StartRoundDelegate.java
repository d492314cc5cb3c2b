package dk.kk.almenstyring.dialogue;

import java.util.Map;

import dk.kk.almenstyring.dialogue.StyringsdialogProcess.Var;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The yearly timer's step: starts this year's round, unless the secretariat has already started it (one round a
 * year); then it says so in the log and leaves that round as it is.
 */
@Component("startStyringsdialogRound")
public class StartRoundDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(StartRoundDelegate.class);

    private final DialogueRegister register;
    private final RuntimeService runtimeService;

    public StartRoundDelegate(DialogueRegister register, RuntimeService runtimeService) {
        this.register = register;
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = DialogueDeadlines.today().getYear();
        if (register.roundExists(year)) {
            LOG.info("Styringsdialog {}: the round was already started by the secretariat; the yearly timer leaves it", year);
            return;
        }
        runtimeService.startProcessInstanceByKey(StyringsdialogProcess.ROUND_KEY, Map.of(Var.YEAR, year));
    }
}
