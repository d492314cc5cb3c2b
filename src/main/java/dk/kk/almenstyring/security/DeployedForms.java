package dk.kk.almenstyring.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

/**
 * The fields of the form a task or a process start uses, found as the engine finds the form for Tasklist ({@code
 * camunda:formRef} with its binding, or a {@code camunda-forms:deployment:} form key) and read from the deployment.
 * A deployed resource never changes, so each form is parsed once.
 */
final class DeployedForms {

    private static final String CAMUNDA_FORMS = "camunda-forms:";
    private static final String DEPLOYMENT = "deployment:";

    private final Map<String, FormFields> parsed = new ConcurrentHashMap<>();

    FormFields ofTask(CommandContext context, TaskEntity task) {
        if (task.getTaskDefinition() == null) {
            return FormFields.NONE; // a task outside any process has no form
        }
        return of(context, context.runWithoutAuthorization(new GetTaskFormCmd(task.getId())));
    }

    FormFields ofStart(CommandContext context, ProcessDefinitionEntity definition) {
        return of(context, context.runWithoutAuthorization(new GetStartFormCmd(definition.getId())));
    }

    private FormFields of(CommandContext context, FormData form) {
        if (form == null) {
            return FormFields.NONE;
        }
        CamundaFormRef ref = form.getCamundaFormRef();
        if (ref != null && ref.getKey() != null) {
            CamundaFormDefinition definition = context.runWithoutAuthorization(
                    new GetCamundaFormDefinitionCmd(ref, form.getDeploymentId()));
            return definition == null ? FormFields.NONE
                    : resource(context, definition.getDeploymentId(), definition.getResourceName());
        }
        String key = form.getFormKey();
        if (key != null && key.startsWith(CAMUNDA_FORMS + DEPLOYMENT)) {
            return resource(context, form.getDeploymentId(), key.substring((CAMUNDA_FORMS + DEPLOYMENT).length()));
        }
        if (form.getFormFields() != null && !form.getFormFields().isEmpty()) {
            Set<String> ids = new LinkedHashSet<>();
            form.getFormFields().stream().map(FormField::getId).forEach(ids::add);
            return FormFields.of(ids);
        }
        // no form, or an HTML form whose fields cannot be known: nothing may be written through it
        return FormFields.NONE;
    }

    private FormFields resource(CommandContext context, String deploymentId, String resourceName) {
        return parsed.computeIfAbsent(deploymentId + "/" + resourceName, k -> {
            try (InputStream json = context.runWithoutAuthorization(new GetDeploymentResourceCmd(deploymentId, resourceName))) {
                return FormFields.parse(json);
            } catch (IOException e) {
                throw new UncheckedIOException("Formularen " + resourceName + " kunne ikke læses", e);
            }
        });
    }
}
