package dk.kk.almenstyring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.kk.almenstyring.TestSmtp;
import dk.kk.almenstyring.meeting.MeetingCycle;
import dk.kk.almenstyring.meeting.MeetingCycle.Element;
import dk.kk.almenstyring.meeting.MeetingCycle.Var;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Tasklist and Admin in Danish where their locale files cannot reach, as in {@link CockpitInDanishTest}: the English
 * Camunda 7.24 writes into their templates (the diagram's zoom buttons, a notification's close button, the app menu)
 * and a header label key Admin's locale file lacks are not on the page, not even for a screen reader.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("browser")
class TasklistAndAdminInDanishTest extends EndToEndFlow {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(TestSmtp.SETUP);

    /** English of the two apps' templates, found in Chromium (no key in their locale files). */
    static final List<String> TEMPLATE_ENGLISH = List.of("Close", "zoom in", "zoom out", "reset zoom", "Tasklist",
            "Actions", "CAM_WIDGET_HEADER_TOGGLE_NAVIGATION");

    @Value("${camunda.bpm.admin-user.id}")
    String adminId;
    @Value("${camunda.bpm.admin-user.password}")
    String adminPassword;

    @Test
    void aTasksDiagramHasDanishZoomButtons() {
        String meeting;
        identityService.setAuthentication(MeetingSteps.SECRETARY, List.of("sekretariat"));
        try {
            meeting = runtimeService.startProcessInstanceByKey(MeetingCycle.PROCESS_KEY, Map.of(Var.FORUM_KEY, "SF",
                    Var.MEETING_DATE, LocalDate.of(2027, 6, 10).toString(), Var.MEETING_TIME, "14:00")).getId();
        } finally {
            identityService.clearAuthentication();
        }
        String task = taskService.createTaskQuery().processInstanceId(meeting).taskDefinitionKey(Element.CHANGE_MEETING)
                .singleResult().getId();
        tasklist.loginAs(MeetingSteps.SECRETARY);
        browser.open("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task
                + "&detailsTab=task-detail-diagram");
        browser.until(d -> texts().contains("zoom ind"), "the diagram's zoom buttons");

        assertThat(texts()).contains("zoom ind", "zoom ud", "nulstil zoom").doesNotContainAnyElementsOf(TEMPLATE_ENGLISH);
    }

    @Test
    void adminsUserListIsDanish() {
        WebappLogin.login(browser, "http://localhost:" + port + "/camunda/app/admin/default/#/login", adminId, adminPassword);
        browser.open("http://localhost:" + port + "/camunda/app/admin/default/#/users");
        browser.until(d -> texts().stream().anyMatch(text -> text.contains(MeetingSteps.SECRETARY)), "the list of users");

        assertThat(texts()).contains("Vis/skjul navigation", "Opgaver").doesNotContainAnyElementsOf(TEMPLATE_ENGLISH);
    }

    /** Every text of the page, shown or for screen readers only, and its titles, placeholders and labels. */
    @SuppressWarnings("unchecked")
    private List<String> texts() {
        return (List<String>) browser.script("""
                const texts = [];
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                while (walker.nextNode()) {
                  const text = walker.currentNode.nodeValue.trim();
                  if (text && !walker.currentNode.parentElement.closest('script, style')) {
                    texts.push(text);
                  }
                }
                for (const element of document.querySelectorAll('[title], [placeholder], [aria-label]')) {
                  for (const name of ['title', 'placeholder', 'aria-label']) {
                    const text = (element.getAttribute(name) || '').trim();
                    if (text) {
                      texts.push(text);
                    }
                  }
                }
                return texts;
                """);
    }
}
