package dk.kk.almenstyring.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.kk.almenstyring.identity.MemberDirectory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * The demo directory's people acting on tasks as Tasklist lets them: a member of a group the task is offered to,
 * authenticated with his or her groups (so the engine's authorizations and the product's form checks apply).
 */
final class Users {

    private final IdentityService identity;
    private final TaskService tasks;
    private final MemberDirectory directory;
    private final Map<String, List<String>> membersOfGroup = new HashMap<>();
    private final Map<String, List<String>> groupsOfUser = new HashMap<>();
    private final Map<String, Optional<String>> forvaltningOfUser = new HashMap<>();
    private long completed;
    private final long[] stepCpu = {0};
    private final StepCosts costs;

    Users(ProcessEngine engine, MemberDirectory directory, StepCosts costs) {
        this.costs = costs;
        this.identity = engine.getIdentityService();
        this.tasks = engine.getTaskService();
        this.directory = directory;
    }

    /** The n-th member (round robin) of the first candidate group of the task that has members. */
    String memberOf(Task task, int n) {
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                List<String> members = membersOfGroup.computeIfAbsent(link.getGroupId(), group ->
                        identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list().stream().map(User::getId).toList());
                if (!members.isEmpty()) {
                    return members.get(Math.floorMod(n, members.size()));
                }
            }
        }
        throw new BenchFailure("nobody may do the task '" + task.getName() + "' (" + task.getTaskDefinitionKey() + ")");
    }

    Optional<String> forvaltningOf(String user) {
        return forvaltningOfUser.computeIfAbsent(user, directory::forvaltningOf);
    }

    /** Completes the task as the user, with the form's values. */
    void complete(Task task, String user, Map<String, Object> vars) {
        identity.setAuthentication(user, groupsOfUser.computeIfAbsent(user, u ->
                identity.createGroupQuery().groupMember(u).list().stream().map(Group::getId).toList()));
        try {
            costs.measure("task " + keyOf(task.getProcessDefinitionId()) + ":" + task.getTaskDefinitionKey(), stepCpu,
                    () -> tasks.complete(task.getId(), vars));
            completed++;
        } catch (RuntimeException e) {
            throw new BenchFailure(user + " could not complete '" + task.getName() + "' (" + task.getTaskDefinitionKey()
                    + ", process instance " + task.getProcessInstanceId() + "): " + e.getMessage(), e);
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Starts a process as the user, with the start form's values. */
    String start(String user, String processKey, Map<String, Object> vars, RuntimeServiceCall call) {
        identity.setAuthentication(user, groupsOfUser.computeIfAbsent(user, u ->
                identity.createGroupQuery().groupMember(u).list().stream().map(Group::getId).toList()));
        try {
            String[] id = {null};
            costs.measure("start " + processKey, new long[1], () -> id[0] = call.start(processKey, vars));
            return id[0];
        } catch (RuntimeException e) {
            throw new BenchFailure(user + " could not start " + processKey + " with " + vars + ": " + e.getMessage(), e);
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The engine's start call, so that the caller decides between start by key and by message. */
    interface RuntimeServiceCall {
        String start(String processKey, Map<String, Object> vars);
    }

    /** The key in a process definition id ("key:version:uuid"). */
    static String keyOf(String processDefinitionId) {
        return processDefinitionId == null ? "?" : processDefinitionId.substring(0, processDefinitionId.indexOf(':'));
    }

    /** Driver-thread CPU inside the completions alone (ns). */
    long completionCpu() {
        return stepCpu[0];
    }

    long tasksCompleted() {
        return completed;
    }
}
