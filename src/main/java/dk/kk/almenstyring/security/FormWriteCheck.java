package dk.kk.almenstyring.security;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import dk.kk.almenstyring.security.VariableWrites.DirectWrite;
import dk.kk.almenstyring.security.VariableWrites.StartWrite;
import dk.kk.almenstyring.security.VariableWrites.TaskWrite;
import dk.kk.almenstyring.security.VariableWrites.Write;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A person (not the administrator) writes process data only through a form: a task's values must be fields of the
 * task's form, a start's values fields of the start form, and a read-only field may only come back unchanged.
 * Everything else (execution variables, message and signal payloads, modifications …) is the administrator's.
 * Inside a dynamic list, an item holds the list's own fields ({@link ListItemCheck}).
 * Refused before the command runs, so nothing is changed.
 */
final class FormWriteCheck {

    private final DeployedForms forms = new DeployedForms();

    /**
     * The form's own length limits, which bind the administrator too. Returns, for a start, the labels of required
     * start form fields that were not sent at all (see {@link EngineGuard}: they explain a start that then fails).
     */
    List<String> checkLimits(Write write, CommandContext context) {
        if (write instanceof TaskWrite task) {
            TaskEntity entity = task.taskId() == null ? null : context.getTaskManager().findTaskById(task.taskId());
            if (entity != null) {
                FormLimits.check(forms.ofTask(context, entity), task.values());
            }
        } else if (write instanceof StartWrite start && !start.atActivities()) {
            FormFields fields = forms.ofStart(context, definition(start, context));
            FormLimits.check(fields, start.values());
            return FormLimits.missing(fields, start.values());
        }
        return List.of();
    }

    /** Who writes what: a person other than the administrator only the form's fields. */
    void checkFields(Write write, CommandContext context) {
        if (write instanceof TaskWrite task) {
            checkTask(task, context);
        } else if (write instanceof StartWrite start) {
            checkStart(start, context);
        } else if (write instanceof DirectWrite direct) {
            throw new FormWriteRefused("Kun administratoren kan ændre procesdata direkte ("
                    + String.join(", ", new TreeSet<>(direct.names())) + "). Brug opgavens formular i Tasklist.");
        }
    }

    private void checkTask(TaskWrite write, CommandContext context) {
        TaskEntity task = write.taskId() == null ? null : context.getTaskManager().findTaskById(write.taskId());
        if (task == null) {
            return; // the command itself answers that the task does not exist
        }
        FormFields fields = forms.ofTask(context, task);
        // the task's name is not repeated: the caller may not be allowed to see the task at all
        String where = "opgavens formular";
        refuseUndeclared(fields, write.values().keySet(), where);
        refuseUndeclared(fields, write.removals(), where);
        for (Map.Entry<String, Object> value : write.values().entrySet()) {
            if (!fields.isWritable(value.getKey())
                    && !sameValue(task.getVariableTyped(value.getKey(), false), value.getValue())) {
                throw readonly(value.getKey(), where);
            }
        }
        for (String removal : write.removals()) {
            if (!fields.isWritable(removal) && task.hasVariable(removal)) {
                throw readonly(removal, where);
            }
        }
        ListItemCheck.check(fields, write.values(), name -> task.getVariableTyped(name, false), where);
    }

    private void checkStart(StartWrite write, CommandContext context) {
        ProcessDefinitionEntity definition = definition(write, context);
        if (write.atActivities()) {
            throw new FormWriteRefused("'" + name(definition) + "' kan kun startes fra sin startformular;"
                    + " kun administratoren kan starte en proces midt i forløbet.");
        }
        FormFields fields = forms.ofStart(context, definition);
        String where = "startformularen til '" + name(definition) + "'";
        refuseUndeclared(fields, write.values().keySet(), where);
        for (Map.Entry<String, Object> value : write.values().entrySet()) {
            if (!fields.isWritable(value.getKey()) && !sameValue(null, value.getValue())) {
                throw readonly(value.getKey(), where);
            }
        }
        ListItemCheck.check(fields, write.values(), name -> null, where);
    }

    /** The definition the start command will use, found the same way (so an unknown one fails the same way). */
    private static ProcessDefinitionEntity definition(StartWrite write, CommandContext context) {
        DeploymentCache cache = context.getProcessEngineConfiguration().getDeploymentCache();
        if (write.processDefinitionId() != null) {
            return cache.findDeployedProcessDefinitionById(write.processDefinitionId());
        }
        if (write.tenantIdSet()) {
            return cache.findDeployedLatestProcessDefinitionByKeyAndTenantId(write.processDefinitionKey(), write.tenantId());
        }
        return cache.findDeployedLatestProcessDefinitionByKey(write.processDefinitionKey());
    }

    private static String name(ProcessDefinitionEntity definition) {
        return definition.getName() != null ? definition.getName() : definition.getKey();
    }

    private static void refuseUndeclared(FormFields fields, Set<String> names, String where) {
        Set<String> undeclared = new TreeSet<>();
        for (String name : names) {
            if (!fields.declares(name)) {
                undeclared.add(name);
            }
        }
        if (!undeclared.isEmpty()) {
            throw new FormWriteRefused((undeclared.size() == 1 ? "Feltet " : "Felterne ") + String.join(", ", undeclared)
                    + " findes" + " ikke i " + where
                    + ". Kun formularens egne felter kan udfyldes.");
        }
    }

    private static FormWriteRefused readonly(String name, String where) {
        return new FormWriteRefused("Feltet " + name + " i " + where + " kan kun læses og kan ikke ændres.");
    }

    /** Whether a read-only field comes back as the process holds it (no value and an empty text count as equal). */
    private static boolean sameValue(TypedValue current, Object submitted) {
        return Objects.equals(text(current), text(submitted));
    }

    private static String text(Object value) {
        Object plain = FormLimits.plain(value);
        return plain == null ? "" : plain.toString();
    }

    /** A refused write: 403 on every REST surface, with the reason in Danish. */
    static final class FormWriteRefused extends AuthorizationException {

        private static final long serialVersionUID = 1L;

        FormWriteRefused(String message) {
            super(message);
        }
    }
}
