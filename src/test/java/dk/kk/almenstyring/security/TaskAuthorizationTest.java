package dk.kk.almenstyring.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Who sees and works on which task, through the engine API as Tasklist and the REST API use it: the same test task
 * once for Samarbejdsforum's BL members (bl-sf) and once for the mayors (borgmestre).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TaskAuthorizationTest {

    private static final String PROCESS_KEY = "security-candidate-group-task";
    private static final String VAR_FORUM_GROUP = "forumGroup";
    private static final String FORM_ID = "security-candidate-group-form";

    @Autowired
    private RepositoryService repositoryService;
    @Autowired
    private RuntimeService runtimeService;
    @Autowired
    private TaskService taskService;
    @Autowired
    private FormService formService;
    @Autowired
    private FilterService filterService;
    @Autowired
    private IdentityService identityService;
    @Autowired
    private AuthorizationService authorizationService;

    private String deploymentId;
    private String blSfTask;
    private String borgmestreTask;
    private List<String> instances;

    @BeforeEach
    void startTheTaskForTwoGroups() {
        deploymentId = repositoryService.createDeployment().name("security-test")
                .addClasspathResource("security/candidate-group-task.bpmn")
                .addClasspathResource("security/candidate-group-task.form")
                .addClasspathResource("security/candidate-group-start.form")
                .deploy().getId();
        String blSf = runtimeService.startProcessInstanceByKey(PROCESS_KEY, Map.of(VAR_FORUM_GROUP, "bl-sf")).getId();
        String borgmestre = runtimeService.startProcessInstanceByKey(PROCESS_KEY, Map.of(VAR_FORUM_GROUP, "borgmestre"))
                .getId();
        instances = List.of(blSf, borgmestre);
        blSfTask = taskService.createTaskQuery().processInstanceId(blSf).singleResult().getId();
        borgmestreTask = taskService.createTaskQuery().processInstanceId(borgmestre).singleResult().getId();
    }

    @AfterEach
    void cleanUp() {
        identityService.clearAuthentication();
        repositoryService.deleteDeployment(deploymentId, true);
    }

    @Test
    void theCandidateGroupComesFromTheVariable() {
        assertThat(taskService.getIdentityLinksForTask(blSfTask)).extracting("groupId").containsExactly("bl-sf");
        assertThat(taskService.getIdentityLinksForTask(borgmestreTask)).extracting("groupId")
                .containsExactly("borgmestre");
    }

    @Test
    void aMemberSeesOnlyTheTaskOfItsGroup() {
        actAs("bl-aab");

        assertThat(visibleTasks()).containsExactly(blSfTask);
    }

    @Test
    void aMemberLoadsTheDeployedFormOfItsTaskOnly() throws IOException {
        actAs("bl-aab");

        try (InputStream form = formService.getDeployedTaskForm(blSfTask)) {
            assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8)).contains(FORM_ID);
        }
        assertThat(formService.getTaskFormVariables(blSfTask)).containsKey(VAR_FORUM_GROUP);
        assertThatThrownBy(() -> formService.getDeployedTaskForm(borgmestreTask))
                .isInstanceOf(AuthorizationException.class);
    }

    @Test
    void aMemberCompletesTheTaskOfItsGroupButNotAnotherGroupsTask() {
        actAs("bl-aab");

        assertThatThrownBy(() -> taskService.complete(borgmestreTask)).isInstanceOf(AuthorizationException.class);
        taskService.claim(blSfTask, "bl-aab");
        formService.submitTaskForm(blSfTask, Map.of("answer", "Samarbejdsforum er enigt"));

        identityService.clearAuthentication();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceIds(Set.copyOf(instances)).list())
                .extracting("id").containsExactly(instances.get(1));
    }

    @Test
    void aMayorSeesOnlyTheMayorsTask() {
        actAs("borgmester-tmf");

        assertThat(visibleTasks()).containsExactly(borgmestreTask);
    }

    @Test
    void theSecretariatSeesAndCompletesEveryTask() {
        actAs("sekretaer");

        assertThat(visibleTasks()).containsExactlyInAnyOrder(blSfTask, borgmestreTask);
        taskService.complete(borgmestreTask);
        taskService.complete(blSfTask);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceIds(Set.copyOf(instances)).count()).isZero();
    }

    @Test
    void theSecretariatStartsProcessesAndMembersDoNot() {
        actAs("bl-aab");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).count())
                .as("members read definitions, for the process name in Tasklist").isEqualTo(1);
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROCESS_KEY, Map.of(VAR_FORUM_GROUP, "bl-sf")))
                .isInstanceOf(AuthorizationException.class);

        actAs("sekretaer");
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, Map.of(VAR_FORUM_GROUP, "bl-sf"));
    }

    @Test
    void theTasklistFiltersShowAMemberItsGroupsTasks() {
        actAs("bl-aab");
        Filter myGroups = readableFilter(ProductAuthorizations.FILTER_MY_GROUPS_TASKS);
        List<String> listed = filterService.<Task>list(myGroups.getId()).stream().map(Task::getId).toList();

        assertThat(listed).contains(blSfTask).doesNotContain(borgmestreTask);
        assertThat(readableFilter(ProductAuthorizations.FILTER_MY_TASKS)).isNotNull();
        assertThat(filterService.createFilterQuery().filterName(ProductAuthorizations.FILTER_ALL_TASKS).count())
                .as("only the secretariat has the filter of all tasks").isZero();

        actAs("sekretaer");
        Filter all = readableFilter(ProductAuthorizations.FILTER_ALL_TASKS);
        assertThat(filterService.<Task>list(all.getId())).extracting(Task::getId).contains(blSfTask, borgmestreTask);
    }

    @Test
    void theForumGroupsMayUseTasklistAndOnlyTheSecretariatCockpit() {
        for (String user : List.of("bl-aab", "bl-fsb", "llo-repr", "tks-sof", "overborgmester", "sekretaer")) {
            assertThat(identityService.createUserQuery().userId(user).count()).isOne();
            List<String> groups = groupsOf(user);
            assertThat(isAuthorized(user, groups, ProductAuthorizations.TASKLIST)).as(user + " in Tasklist").isTrue();
            assertThat(isAuthorized(user, groups, ProductAuthorizations.COCKPIT)).as(user + " in Cockpit")
                    .isEqualTo(user.equals("sekretaer"));
        }
    }

    private boolean isAuthorized(String user, List<String> groups, String application) {
        return authorizationService.isUserAuthorized(user, groups, Permissions.ACCESS, Resources.APPLICATION, application);
    }

    private Filter readableFilter(String name) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        assertThat(filter).as("filter '" + name + "' readable").isNotNull();
        return filter;
    }

    private List<String> visibleTasks() {
        return taskService.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new)).list().stream()
                .map(Task::getId).toList();
    }

    private void actAs(String userId) {
        identityService.clearAuthentication();
        identityService.setAuthentication(userId, groupsOf(userId));
    }

    private List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }
}
