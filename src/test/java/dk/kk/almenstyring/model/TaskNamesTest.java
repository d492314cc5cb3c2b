package dk.kk.almenstyring.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import dk.kk.almenstyring.ProcessTestSupport;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A user task's name in Tasklist is its static name from the diagram and, after a colon, the process's
 * {@code taskSubject}; a model that still writes an expression into the name keeps the name it evaluates to.
 */
class TaskNamesTest extends ProcessTestSupport {

    private static final String KEY = "task-name-check";

    @Autowired
    private RepositoryService repositoryService;
    @Autowired
    private TaskNames taskNames;

    private Deployment deployment;

    @BeforeEach
    void deploy() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_Check")
                .exclusiveGateway("Gateway_Which").condition("static", "${legacy == false}")
                .userTask("Task_Static").name("Udarbejd dagsorden").camundaCandidateGroups("sekretariat")
                .endEvent("EndEvent_Static")
                .moveToNode("Gateway_Which").condition("legacy", "${legacy == true}")
                .userTask("Task_Legacy").name("Revidér hovedaftalen: ${agreementTitle}").camundaCandidateGroups("sekretariat")
                .endEvent("EndEvent_Legacy")
                .done();
        deployment = repositoryService.createDeployment().addModelInstance(KEY + ".bpmn", model).deploy();
    }

    @AfterEach
    void undeploy() {
        repositoryService.deleteDeployment(deployment.getId(), true);
    }

    @Test
    void staticNameIsFollowedByTheSubject() {
        Task task = start(false, "Samarbejdsforum torsdag den 18. marts 2027");
        assertThat(task.getName()).isEqualTo("Udarbejd dagsorden: Samarbejdsforum torsdag den 18. marts 2027");
        taskService.complete(task.getId());
    }

    @Test
    void withoutASubjectTheStaticNameAlone() {
        Task task = start(false, null);
        assertThat(task.getName()).isEqualTo("Udarbejd dagsorden");
        Task blank = start(false, "  ");
        assertThat(blank.getName()).isEqualTo("Udarbejd dagsorden");
    }

    @Test
    void aNameWrittenAsAnExpressionIsNotDoubled() {
        Task task = start(true, "Hovedaftale 2027–2030");
        assertThat(task.getName()).isEqualTo("Revidér hovedaftalen: Hovedaftale 2027–2030");
        taskService.complete(task.getId());
    }

    @Test
    void renameFollowsANewSubjectWithTheSameFunction() {
        Task task = start(false, "Samarbejdsforum torsdag den 18. marts 2027");
        assertThat(taskNames.rename(task, "Samarbejdsforum torsdag den 25. marts 2027")).isTrue();
        taskService.saveTask(task);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getName())
                .isEqualTo("Udarbejd dagsorden: Samarbejdsforum torsdag den 25. marts 2027");
        assertThat(taskNames.rename(task, "Samarbejdsforum torsdag den 25. marts 2027")).as("nothing to change").isFalse();

        Task legacy = start(true, "Hovedaftale 2027–2030");
        assertThat(taskNames.rename(legacy, "Noget andet")).as("an expression-named task is left alone").isFalse();
        assertThat(legacy.getName()).isEqualTo("Revidér hovedaftalen: Hovedaftale 2027–2030");
    }

    private Task start(boolean legacy, String subject) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("legacy", legacy);
        variables.put("agreementTitle", subject);
        variables.put(TaskNames.SUBJECT, subject);
        ProcessInstance pi = runtimeService.startProcessInstanceByKey(KEY, variables);
        return taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }
}
