package dk.kk.almenstyring.supervision.area;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The areas the model's multi-instance sub-process runs once for: {@code ${areaDialogueAreas.of(execution)}}. */
@Component("areaDialogueAreas")
public class AreaDialogueAreas {

    public List<String> of(DelegateExecution execution) {
        return AreaChoice.of(execution).areas();
    }
}
