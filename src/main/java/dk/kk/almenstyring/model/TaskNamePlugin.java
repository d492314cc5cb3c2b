package dk.kk.almenstyring.model;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Every user task of every model gets its subject appended to its static name when it is created (see
 * {@link TaskNames}): the diagram stays readable and Tasklist and Cockpit still tell one meeting's tasks from the next.
 */
@Component
public class TaskNamePlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        listeners.add(new UserTaskNames());
        configuration.setCustomPreBPMNParseListeners(listeners);
    }

    static final class UserTaskNames extends AbstractBpmnParseListener {

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                TaskDefinition definition = behavior.getTaskDefinition();
                Expression name = definition.getNameExpression();
                // A model that still names its task by an expression (${…}) keeps that name untouched.
                if (name != null && !name.getExpressionText().contains("${") && !name.getExpressionText().contains("#{")) {
                    definition.addTaskListener(TaskListener.EVENTNAME_CREATE, new AppendSubject(name.getExpressionText()));
                }
            }
        }
    }

    record AppendSubject(String staticName) implements TaskListener {

        @Override
        public void notify(DelegateTask task) {
            task.setName(TaskNames.of(staticName, task.getVariable(TaskNames.SUBJECT)));
        }
    }
}
