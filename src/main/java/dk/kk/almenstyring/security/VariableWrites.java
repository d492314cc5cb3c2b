package dk.kk.almenstyring.security;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractInstantiationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * What a command of the engine would write into process variables on its caller's behalf: into a task (allowed
 * within the task's form), into a new process instance (allowed within the start form), or directly into executions
 * (message payloads, signals, modifications, batches, external tasks …, allowed to nobody but the administrator).
 *
 * <p>The engine's command classes keep their arguments in protected fields without getters; they are read
 * reflectively here, in one place. {@code EngineGuardTest} runs every write through the REST API, so a renamed field in
 * a future engine version fails the build instead of silently opening a way in.
 */
final class VariableWrites {

    private VariableWrites() {
    }

    /** A write the command would make; empty when it writes no variables the caller chose. */
    sealed interface Write permits TaskWrite, StartWrite, DirectWrite {
    }

    /** Values for a task (complete, submit-form, task variables): the task's form decides. */
    record TaskWrite(String taskId, Map<String, Object> values, Set<String> removals) implements Write {
    }

    /** A process start with variables: the start form decides; a start inside the process is not a form's. */
    record StartWrite(String processDefinitionId, String processDefinitionKey, String tenantId, boolean tenantIdSet,
            Map<String, Object> values, boolean atActivities) implements Write {
    }

    /** Variables written straight into executions, with no form in between. */
    record DirectWrite(Set<String> names) implements Write {
    }

    static Optional<Write> of(Command<?> command) {
        if (command instanceof CompleteTaskCmd) { // also ResolveTaskCmd
            return task(field(command, "taskId"), map(command, "variables"), Set.of());
        }
        if (command instanceof SubmitTaskFormCmd) {
            return task(field(command, "taskId"), map(command, "properties"), Set.of());
        }
        if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
            return task(field(command, "taskId"), map(command, "variables"), Set.of());
        }
        if (command instanceof SetTaskVariablesCmd) {
            return task(field(command, "entityId"), map(command, "variables"), Set.of());
        }
        if (command instanceof PatchTaskVariablesCmd) {
            return task(field(command, "entityId"), map(command, "variables"), names(command, "deletions"));
        }
        if (command instanceof RemoveTaskVariablesCmd) {
            return task(field(command, "entityId"), Map.of(), names(command, "variableNames"));
        }
        if (command instanceof SubmitStartFormCmd) {
            return Optional.of(new StartWrite(field(command, "processDefinitionId"), null, null, false,
                    map(command, "variables"), false));
        }
        if (command instanceof StartProcessInstanceCmd || command instanceof StartProcessInstanceAtActivitiesCmd) {
            ProcessInstantiationBuilderImpl builder = field(command, "instantiationBuilder");
            boolean atActivities = builder.getModificationBuilder() != null
                    && !builder.getModificationBuilder().getModificationOperations().isEmpty();
            return Optional.of(new StartWrite(builder.getProcessDefinitionId(), builder.getProcessDefinitionKey(),
                    builder.getProcessDefinitionTenantId(), builder.isProcessDefinitionTenantIdSet(),
                    typed(builder.getVariables()), atActivities));
        }
        if (command instanceof AbstractSetVariableCmd) { // execution variables (task variables handled above)
            return direct(map(command, "variables").keySet());
        }
        if (command instanceof AbstractPatchVariablesCmd) {
            Set<String> names = new LinkedHashSet<>(map(command, "variables").keySet());
            names.addAll(names(command, "deletions"));
            return direct(names);
        }
        if (command instanceof AbstractRemoveVariableCmd) {
            return direct(names(command, "variableNames"));
        }
        if (command.getClass().getName().startsWith(DECISION_COMMANDS)) {
            return Optional.empty(); // a decision's inputs are evaluated, not stored
        }
        return direct(otherPayloads(command));
    }

    private static final String DECISION_COMMANDS = "org.camunda.bpm.engine.impl.dmn.";

    /**
     * Message correlation, signals, conditional starts, process instance modification and restart, migration, variable
     * and correlation batches, external tasks: every variable map these commands (or their builders) carry as payload.
     * The correlation keys of a message ({@code correlationProcessInstanceVariables}) only select and are not counted.
     */
    private static Set<String> otherPayloads(Command<?> command) {
        Set<String> names = new LinkedHashSet<>();
        for (String payload : List.of("variables", "localVariables", "variablesLocal", "processVariables",
                "processVariablesLocal", "processVariablesToTriggeredScope")) {
            names.addAll(map(command, payload).keySet());
        }
        Object builder = firstField(command, "builder", "instantiationBuilder", "executionBuilder");
        if (builder != null) {
            for (String payload : List.of("payloadProcessInstanceVariables", "payloadProcessInstanceVariablesLocal",
                    "payloadProcessInstanceVariablesToTriggeredScope", "variables", "processVariables")) {
                names.addAll(map(builder, payload).keySet());
            }
            Object plan = firstField(builder, "migrationPlan");
            if (plan != null) {
                names.addAll(map(plan, "variables").keySet());
            }
            names.addAll(instructionVariables(firstField(builder, "instructions", "operations")));
            Object instantiation = firstField(builder, "modificationBuilder");
            if (instantiation != null) {
                names.addAll(instructionVariables(firstField(instantiation, "operations")));
            }
        }
        return names;
    }

    private static Set<String> instructionVariables(Object instructions) {
        Set<String> names = new LinkedHashSet<>();
        if (instructions instanceof Collection<?> list) {
            for (Object instruction : list) {
                if (instruction instanceof AbstractInstantiationCmd start) {
                    names.addAll(nonNull(start.getVariables()).keySet());
                    names.addAll(nonNull(start.getVariablesLocal()).keySet());
                }
            }
        }
        return names;
    }

    private static Optional<Write> task(String taskId, Map<String, Object> values, Set<String> removals) {
        if (values.isEmpty() && removals.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TaskWrite(taskId, values, removals));
    }

    private static Optional<Write> direct(Set<String> names) {
        return names.isEmpty() ? Optional.empty() : Optional.of(new DirectWrite(names));
    }

    /**
     * The variables as their typed values where the map holds them: {@code VariableMap.get} would deserialize a JSON
     * value that engine-rest has only in serialized form, and answer null.
     */
    private static Map<String, Object> map(Object target, String name) {
        return typed(firstField(target, name));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> typed(Object value) {
        if (value instanceof VariableMap variables) {
            Map<String, Object> typed = new LinkedHashMap<>();
            variables.keySet().forEach(key -> typed.put(key, variables.getValueTyped(key)));
            return typed;
        }
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static Set<String> names(Object target, String name) {
        Object value = firstField(target, name);
        Set<String> names = new LinkedHashSet<>();
        if (value instanceof Collection<?> c) {
            c.forEach(n -> names.add(String.valueOf(n)));
        }
        return names;
    }

    private static <T> Map<String, T> nonNull(Map<String, T> map) {
        return map == null ? Map.of() : map;
    }

    private static <T> T field(Object target, String name) {
        return EngineFields.required(target, name);
    }

    private static Object firstField(Object target, String... names) {
        return EngineFields.optional(target, names);
    }
}
