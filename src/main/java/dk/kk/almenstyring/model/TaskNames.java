package dk.kk.almenstyring.model;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Service;

/**
 * The name a person sees on a user task: the static name of the model (what the diagram shows) and, after a colon,
 * the task's subject, e.g. "Udarbejd dagsorden: Samarbejdsforum torsdag den 18. marts 2027". A process says what its
 * tasks are about in the variable {@link #SUBJECT} (String); the diagram never carries it.
 */
@Service
public class TaskNames {

    /** Process variable (String): what the process's tasks are about, appended to their static names. */
    public static final String SUBJECT = "taskSubject";

    private final RepositoryService repositoryService;

    public TaskNames(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    /** The static name followed by the subject; the static name alone while the subject is unknown. */
    public static String of(String staticName, Object subject) {
        if (!(subject instanceof String text) || text.isBlank()) {
            return staticName;
        }
        if (staticName == null || staticName.isBlank()) {
            return text.strip();
        }
        return staticName + ": " + text.strip();
    }

    /**
     * Gives an open task the name its model and the new subject call for; says whether the name changed (the caller
     * saves the task).
     */
    public boolean rename(Task task, String subject) {
        String staticName = staticName(task);
        if (staticName == null) {
            return false;
        }
        String name = of(staticName, subject);
        if (name.equals(task.getName())) {
            return false;
        }
        task.setName(name);
        return true;
    }

    /** The task's name as its model writes it, or null when the model names it by an expression. */
    private String staticName(Task task) {
        FlowElement element = repositoryService.getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(task.getTaskDefinitionKey());
        String name = element == null ? null : element.getName();
        return name == null || name.contains("${") || name.contains("#{") ? null : name;
    }
}
