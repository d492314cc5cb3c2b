package dk.kk.almenstyring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.kk.almenstyring.TestSmtp;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The product in a real browser: Debian's Chromium drives Camunda Tasklist of the application started on a random
 * port, and every user task and every start form of the models is done by a person of the right group, through
 * the forms, in Danish. The flows run in order; the last check compares what they did (the engine's history)
 * with what the models offer, and names each step no flow did.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class TasklistEndToEndTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired
    HistoryService historyService;
    @Autowired
    IdentityService identityService;

    /** History written before the flows (by other tests in this JVM) is no evidence of what the browser did. */
    private final Set<String> tasksBefore = new HashSet<>();
    private final Set<String> instancesBefore = new HashSet<>();

    @BeforeAll
    void rememberHistoryBefore() {
        historyService.createHistoricTaskInstanceQuery().list().forEach(t -> tasksBefore.add(t.getId()));
        historyService.createHistoricProcessInstanceQuery().list().forEach(p -> instancesBefore.add(p.getId()));
    }

    @Nested
    @Order(1)
    class Samarbejdsforum extends SamarbejdsforumFlows {
    }

    @Nested
    @Order(2)
    class TvaerkommunaleStyregruppe extends TksMeetingFlows {
    }

    @Nested
    @Order(3)
    class Hovedaftale extends HovedaftaleFlows {
    }

    @Nested
    @Order(4)
    class DelaftaleAndEnkeltaftale extends SubAgreementFlows {
    }

    @Nested
    @Order(7)
    class AreaDialogue extends AreaDialogueFlows {
    }

    @Nested
    @Order(8)
    class RollUpAndEvaluation extends EvaluationFlows {
    }

    @Nested
    @Order(5)
    class AnnualPlan extends AnnualPlanFlows {
    }

    @Nested
    @Order(6)
    class Styringsdialog extends StyringsdialogFlows {
    }

    @Nested
    @Order(90)
    class EveryUserTaskAndStartForm {

        @Test
        void wasDoneInTheBrowserByAPersonOfTheRightGroup() {
            Set<String> inModels = ModelInventory.userStepsInModels();
            Set<String> done = doneInTheBrowser();
            Set<String> missing = new TreeSet<>(inModels);
            missing.removeAll(done);
            assertThat(missing).as("user tasks and start forms in processes/ that no browser flow completed "
                    + "(covered: %s)", done).isEmpty();
        }

        /**
         * A task counts when it was completed by the person who claimed it, a member of a group it was offered to
         * (Tasklist claims before completing; the process tests complete without an assignee); a start form when a
         * person started the instance.
         */
        private Set<String> doneInTheBrowser() {
            Set<String> done = new TreeSet<>();
            List<HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery().finished().list();
            for (HistoricTaskInstance task : tasks) {
                if (!tasksBefore.contains(task.getId()) && "completed".equals(task.getDeleteReason())
                        && task.getAssignee() != null && inACandidateGroup(task)) {
                    done.add(ModelInventory.step(key(task.getProcessDefinitionId()), task.getTaskDefinitionKey()));
                }
            }
            List<HistoricProcessInstance> instances = historyService.createHistoricProcessInstanceQuery().list();
            for (HistoricProcessInstance instance : instances) {
                if (!instancesBefore.contains(instance.getId()) && instance.getStartUserId() != null
                        && isPerson(instance.getStartUserId())) {
                    done.add(ModelInventory.step(instance.getProcessDefinitionKey(), instance.getStartActivityId()));
                }
            }
            return done;
        }

        /** The person who completed it belongs to one of the groups the task was offered to. */
        private boolean inACandidateGroup(HistoricTaskInstance task) {
            return historyService.createHistoricIdentityLinkLogQuery().taskId(task.getId()).type("candidate").list().stream()
                    .filter(link -> link.getGroupId() != null)
                    .anyMatch(link -> identityService.createUserQuery().userId(task.getAssignee())
                            .memberOfGroup(link.getGroupId()).count() == 1);
        }

        private boolean isPerson(String userId) {
            return identityService.createUserQuery().userId(userId).count() == 1;
        }

        private String key(String processDefinitionId) {
            return processDefinitionId.substring(0, processDefinitionId.indexOf(':'));
        }
    }
}
