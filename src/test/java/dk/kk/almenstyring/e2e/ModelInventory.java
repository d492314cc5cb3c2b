package dk.kk.almenstyring.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What a person can do in Tasklist according to the models the engine deploys ({@code processes/*.bpmn}): every
 * user task, and every start event with a form of a process that is startable in Tasklist.
 */
final class ModelInventory {

    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

    /** "process key / element id (name)", sorted. */
    static Set<String> userStepsInModels() {
        Set<String> steps = new TreeSet<>();
        for (BpmnModelInstance model : models()) {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                steps.add(step(processOf(task).getId(), task.getId()));
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getParentElement() instanceof Process process && process.isCamundaStartableInTasklist()
                        && hasForm(start)) {
                    steps.add(step(process.getId(), start.getId()));
                }
            }
        }
        return steps;
    }

    static String step(String processKey, String elementId) {
        return processKey + "/" + elementId;
    }

    private static boolean hasForm(StartEvent start) {
        return start.getAttributeValueNs(CAMUNDA_NS, "formRef") != null || start.getCamundaFormKey() != null;
    }

    private static Process processOf(FlowElement element) {
        ModelElementInstance e = element;
        while (!(e instanceof Process)) {
            e = e.getParentElement();
        }
        return (Process) e;
    }

    private static List<BpmnModelInstance> models() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:processes/**/*.bpmn");
            List<BpmnModelInstance> models = new ArrayList<>();
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    models.add(Bpmn.readModelFromStream(in));
                }
            }
            if (models.isEmpty()) {
                throw new AssertionError("no models found under processes/");
            }
            return models;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ModelInventory() {
    }
}
