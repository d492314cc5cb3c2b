package dk.kk.almenstyring.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dk.kk.almenstyring.approval.AgreementApprovalProcess;
import dk.kk.almenstyring.charter.ForumCharter;
import dk.kk.almenstyring.charter.ForumCharters;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who may do what, as product configuration in every profile: written at start-up when missing, and widened (never
 * narrowed) when a permission below is missing from an existing grant, so a permission an administrator added in
 * Camunda Admin stays.
 *
 * <p>The groups come from the forum charters: their member groups and their secretariat group.
 * <ul>
 * <li>Members work in Tasklist. They see and complete only tasks that name one of their groups as a candidate group:
 * the engine's default task authorizations grant READ and UPDATE on such a task to that group when the task is
 * created. Loading the task's deployed Camunda Form needs nothing more (the engine checks READ on the task and
 * fetches the form resource without authorization). READ on process definitions is granted so that Tasklist can show
 * the process name and diagram of a task; it gives no access to tasks, instances or history.</li>
 * <li>The secretariat runs the forums: it sees and works on every task, reads every definition, instance and its
 * history, starts and updates instances and retries failed jobs (a mail that could not be sent), in Tasklist and
 * Cockpit.</li>
 * </ul>
 */
@Component
public class ProductAuthorizations extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(ProductAuthorizations.class);

    public static final String TASKLIST = "tasklist";
    public static final String COCKPIT = "cockpit";

    public static final String FILTER_MY_TASKS = "Mine opgaver";
    public static final String FILTER_MY_GROUPS_TASKS = "Mine gruppers opgaver";
    public static final String FILTER_ALL_TASKS = "Alle opgaver";

    private final ForumCharters charters;

    public ProductAuthorizations(ForumCharters charters) {
        this.charters = charters;
    }

    /** The member groups of all forums, each once, in the order of the forum keys. */
    public Set<String> memberGroups() {
        Set<String> groups = new LinkedHashSet<>();
        charters.all().stream().sorted(Comparator.comparing(ForumCharter::key))
                .forEach(c -> groups.addAll(c.memberGroups()));
        return groups;
    }

    /** The secretariat groups of all forums (one today: sekretariat). */
    public Set<String> secretariatGroups() {
        Set<String> groups = new LinkedHashSet<>();
        charters.all().stream().sorted(Comparator.comparing(ForumCharter::key))
                .forEach(c -> groups.add(c.secretariatGroup()));
        return groups;
    }

    /**
     * The secretariats that register BR's and BL's 1. kreds' decisions on an agreement (agreement-approval, A2): they
     * work in Tasklist like the forums' members.
     */
    public Set<String> approvalGroups() {
        return new LinkedHashSet<>(List.of(AgreementApprovalProcess.BR_GROUP, AgreementApprovalProcess.BL_GROUP));
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        Grants grants = new Grants(engine.getAuthorizationService());
        Set<String> everyone = new LinkedHashSet<>(memberGroups());
        everyone.addAll(secretariatGroups());
        everyone.addAll(approvalGroups());

        Filter myTasks = myTasksFilter(engine);
        Filter myGroupsTasks = myGroupsTasksFilter(engine);
        Filter allTasks = filter(engine, FILTER_ALL_TASKS, 10, "Alle opgaver i alle fora (sekretariatet)",
                engine.getTaskService().createTaskQuery().orderByDueDate().asc());

        for (String group : everyone) {
            grantTasklistWork(grants, group, myTasks, myGroupsTasks);
        }
        // A7: a forvaltning starts its own enkeltaftaler and answers and follows them up in Tasklist.
        for (String group : dk.kk.almenstyring.forvaltning.Forvaltning.groupIds()) {
            grantTasklistWork(grants, group, myTasks, myGroupsTasks);
            grants.grant(group, Resources.PROCESS_DEFINITION, dk.kk.almenstyring.enkeltaftale.EnkeltaftaleProcess.PROCESS_KEY,
                    ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
            grants.grant(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
        }
        for (String group : secretariatGroups()) {
            grants.grant(group, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
            grants.grant(group, Resources.FILTER, allTasks.getId(), Permissions.READ);
            grants.grant(group, Resources.TASK, ANY, TaskPermissions.READ, TaskPermissions.UPDATE,
                    TaskPermissions.TASK_WORK, TaskPermissions.TASK_ASSIGN, TaskPermissions.READ_VARIABLE,
                    TaskPermissions.UPDATE_VARIABLE, TaskPermissions.READ_HISTORY);
            grants.grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
                    ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
                    ProcessDefinitionPermissions.UPDATE_TASK, ProcessDefinitionPermissions.TASK_WORK,
                    ProcessDefinitionPermissions.TASK_ASSIGN, ProcessDefinitionPermissions.READ_HISTORY,
                    ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
                    ProcessDefinitionPermissions.UPDATE_INSTANCE_VARIABLE,
                    ProcessDefinitionPermissions.READ_TASK_VARIABLE, ProcessDefinitionPermissions.UPDATE_TASK_VARIABLE,
                    ProcessDefinitionPermissions.READ_HISTORY_VARIABLE, ProcessDefinitionPermissions.RETRY_JOB);
            grants.grant(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE,
                    ProcessInstancePermissions.READ, ProcessInstancePermissions.UPDATE,
                    ProcessInstancePermissions.UPDATE_VARIABLE, ProcessInstancePermissions.RETRY_JOB);
            grants.grant(group, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ,
                    HistoricTaskPermissions.READ_VARIABLE);
            grants.grant(group, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
            grants.grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
            grants.grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
            grants.grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
        }
        grants.apply();
        LOG.info("Authorizations: {} created, {} widened for groups {}", grants.created, grants.widened, everyone);
    }

    /**
     * Lets the people of a group created from data (a housing organisation's {@code bo-*} group) work in Tasklist as
     * the forums' members do: Tasklist, the shared filters, process names, user and group names. Only ever adds.
     */
    public void grantTasklistWork(ProcessEngine engine, String groupId) {
        Grants grants = new Grants(engine.getAuthorizationService());
        grantTasklistWork(grants, groupId, myTasksFilter(engine), myGroupsTasksFilter(engine));
        grants.apply();
    }

    private static void grantTasklistWork(Grants grants, String group, Filter myTasks, Filter myGroupsTasks) {
        grants.grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
        grants.grant(group, Resources.FILTER, myTasks.getId(), Permissions.READ);
        grants.grant(group, Resources.FILTER, myGroupsTasks.getId(), Permissions.READ);
        grants.grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
        // Names instead of bare ids for assignees and candidate groups in Tasklist.
        grants.grant(group, Resources.USER, ANY, Permissions.READ);
        grants.grant(group, Resources.GROUP, ANY, Permissions.READ);
    }

    private static Filter myTasksFilter(ProcessEngine engine) {
        return filter(engine, FILTER_MY_TASKS, -10, "Opgaver, som du har taget",
                engine.getTaskService().createTaskQuery().taskAssigneeExpression("${currentUser()}")
                        .orderByDueDate().asc());
    }

    private static Filter myGroupsTasksFilter(ProcessEngine engine) {
        return filter(engine, FILTER_MY_GROUPS_TASKS, 0,
                "Opgaver til dine grupper (fora), også dem en kollega har taget",
                engine.getTaskService().createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().orderByDueDate().asc());
    }

    /**
     * The shared filter with this name, created when missing. Filters have no unique name in the database, so two
     * nodes starting at once could each create one (every Tasklist user then saw it twice): more than one is
     * repaired here by keeping the oldest and deleting the others, with their authorizations.
     */
    private static Filter filter(ProcessEngine engine, String name, int priority, String description, TaskQuery query) {
        FilterService filters = engine.getFilterService();
        List<Filter> existing = filters.createFilterQuery().filterName(name).list();
        if (!existing.isEmpty()) {
            return keepOldest(engine, existing);
        }
        Filter filter = filters.newTaskFilter(name)
                .setQuery(query)
                .setProperties(Map.<String, Object>of("priority", priority, "description", description, "refresh", true));
        filters.saveFilter(filter);
        return keepOldest(engine, filters.createFilterQuery().filterName(name).list());
    }

    private static Filter keepOldest(ProcessEngine engine, List<Filter> sameName) {
        List<Filter> oldestFirst = sameName.stream().sorted(Comparator.comparing(ProductAuthorizations::creationOrder)
                .thenComparing(Filter::getId)).toList();
        Filter kept = oldestFirst.get(0);
        for (Filter duplicate : oldestFirst.subList(1, oldestFirst.size())) {
            engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.FILTER)
                    .resourceId(duplicate.getId()).list()
                    .forEach(a -> engine.getAuthorizationService().deleteAuthorization(a.getId()));
            engine.getFilterService().deleteFilter(duplicate.getId());
            LOG.warn("Filter '{}' existed more than once; deleted the duplicate {} and kept {}", kept.getName(),
                    duplicate.getId(), kept.getId());
        }
        return kept;
    }

    /**
     * When a filter was created, as far as its id tells: the engine's ids are time-based UUIDs (version 1) in the
     * Spring Boot starter; anything else sorts by its text after them.
     */
    static long creationOrder(Filter filter) {
        try {
            UUID id = UUID.fromString(filter.getId());
            return id.version() == 1 ? id.timestamp() : Long.MAX_VALUE;
        } catch (IllegalArgumentException e) {
            return Long.MAX_VALUE;
        }
    }

    /** GRANT authorizations for groups, collected first so that each is written at most once. */
    private static final class Grants {

        private record Target(String groupId, Resource resource, String resourceId) {
        }

        private final AuthorizationService authorizations;
        private final Map<Target, Set<Permission>> wanted = new LinkedHashMap<>();
        private int created;
        private int widened;

        Grants(AuthorizationService authorizations) {
            this.authorizations = authorizations;
        }

        void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
            wanted.computeIfAbsent(new Target(groupId, resource, resourceId), t -> new LinkedHashSet<>())
                    .addAll(List.of(permissions));
        }

        void apply() {
            wanted.forEach((target, permissions) -> {
                try {
                    write(target, permissions);
                } catch (RuntimeException e) {
                    // Another node starting at the same moment inserted the same grant between our look and our
                    // insert (the database refuses a second one); look again and widen what is there now.
                    LOG.info("Authorization for {} on {} {} changed meanwhile ({}); applying it again",
                            target.groupId(), target.resource().resourceName(), target.resourceId(), e.getMessage());
                    write(target, permissions);
                }
            });
        }

        private void write(Target target, Set<Permission> permissions) {
            Authorization authorization = authorizations.createAuthorizationQuery()
                    .authorizationType(AUTH_TYPE_GRANT).groupIdIn(target.groupId())
                    .resourceType(target.resource()).resourceId(target.resourceId())
                    .list().stream().findFirst().orElse(null);
            if (authorization == null) {
                authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
                authorization.setGroupId(target.groupId());
                authorization.setResource(target.resource());
                authorization.setResourceId(target.resourceId());
                addAll(authorization, permissions);
                authorizations.saveAuthorization(authorization);
                created++;
            } else if (addAll(authorization, permissions)) {
                authorizations.saveAuthorization(authorization);
                widened++;
            }
        }

        private static boolean addAll(Authorization authorization, Collection<Permission> permissions) {
            boolean changed = false;
            for (Permission permission : permissions) {
                if (!authorization.isPermissionGranted(permission)) {
                    authorization.addPermission(permission);
                    changed = true;
                }
            }
            return changed;
        }
    }
}
