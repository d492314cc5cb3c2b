package dk.kk.almenstyring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.kk.almenstyring.TestSmtp;
import dk.kk.almenstyring.agenda.LeadForvaltning;
import dk.kk.almenstyring.meeting.MeetingCycle;
import dk.kk.almenstyring.meeting.MeetingCycle.Var;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Camunda Cockpit in Danish, as the secretariat sees it in Chromium: the dashboard, a running meeting's process
 * definition and instance (with a failed job), and the decision table of F7. On screen is none of the English of
 * Cockpit's own locale file (where our da.json says it differently), none of the English that Cockpit's templates
 * and dmn-js hold themselves (scripts/danish.js), and dates read the Danish way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("browser")
class CockpitInDanishTest extends EndToEndFlow {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(TestSmtp.SETUP);

    static final String LOCALES = "META-INF/resources/webjars/camunda/app/cockpit/locales/";
    /** English that Cockpit 7.24's templates and dmn-js write themselves (no key in en.json). */
    static final Set<String> TEMPLATE_ENGLISH = Set.of("Actions", "zoom in", "zoom out", "reset zoom", "Failed Job",
            "Tasklist", "Hit policy:", "When", "Then", "Annotations", "Input type", "Output label", "Output type");
    /** The engine's variable types, which the variables table shows as they are stored (and en.json also lists). */
    static final Set<String> ENGINE_TYPE_NAMES = Set.of("Boolean", "Bytes", "Date", "Double", "File", "Integer",
            "Json", "Long", "Null", "Object", "Short", "String", "Xml");
    static final String DANISH_DATE_TIME = "\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}\\.\\d{2}\\.\\d{2}";

    @Autowired
    RepositoryService repositoryService;

    /** Texts a Danish Cockpit must not show: en.json's where da.json differs, and the templates' own. */
    private final Set<String> english = new HashSet<>();
    private String cockpit;
    private String meeting;

    @BeforeAll
    void readCockpitsEnglish() throws IOException {
        JsonNode en = new ObjectMapper().readTree(localeFile("en.json", true)).get("labels");
        JsonNode da = new ObjectMapper().readTree(localeFile("da.json", false)).get("labels");
        en.fields().forEachRemaining(label -> {
            if (!label.getValue().asText().equals(da.path(label.getKey()).asText())) {
                english.add(label.getValue().asText().trim());
            }
        });
        english.removeAll(ENGINE_TYPE_NAMES);
        english.addAll(TEMPLATE_ENGLISH);
        cockpit = "http://localhost:" + port + "/camunda/app/cockpit/default/";
    }

    /** A Partnerskabsforum meeting called by the secretariat, whose meeting-start timer has failed for good. */
    @BeforeEach
    void meetingWithAFailedJob() {
        identityService.setAuthentication(MeetingSteps.SECRETARY, identityService.createGroupQuery()
                .groupMember(MeetingSteps.SECRETARY).list().stream().map(group -> group.getId()).toList());
        try {
            meeting = runtimeService.startProcessInstanceByKey(MeetingCycle.PROCESS_KEY, Map.of(Var.FORUM_KEY, "PSF",
                    Var.MEETING_DATE, LocalDate.of(2027, 6, 10).toString(), Var.MEETING_TIME, "14:00",
                    Var.MEETING_LOCATION, "Københavns Rådhus")).getId();
        } finally {
            identityService.clearAuthentication();
        }
        Job timer = managementService.createJobQuery().processInstanceId(meeting).timers().list().get(0);
        managementService.setJobRetries(timer.getId(), 0);
        logIntoCockpit();
    }

    @Test
    void dashboardIsDanish() {
        show("#/dashboard", "Kørende procesinstanser");
        assertThat(textOnScreen()).contains("Åbne hændelser", "Åbne brugeropgaver", "Procesdefinitioner");
        assertNoEnglish("dashboard");
    }

    @Test
    void processDefinitionListsTheMeetingWithADanishStartTime() {
        String definition = runtimeService.createProcessInstanceQuery().processInstanceId(meeting).singleResult()
                .getProcessDefinitionId();
        show("#/process-definition/" + definition + "/runtime", meeting);
        WebElement row = browser.find(By.xpath("//tr[.//a[contains(., '" + meeting + "')]]"));
        assertThat(row.getText()).as("the instance's row").containsPattern(DANISH_DATE_TIME);
        assertThat(textOnScreen()).contains("Procesinstanser", "Jobdefinitioner", "Starttidspunkt");
        assertNoEnglish("process definition");
    }

    @Test
    void processInstanceShowsVariablesAndTheFailedJobInDanish() {
        show("#/process-instance/" + meeting + "/runtime", "Redigér");
        assertThat(textOnScreen()).contains("Variabler", "Hændelser", "Navn", "Værdi", "Omfang");
        assertNoEnglish("process instance, variables");

        show("#/process-instance/" + meeting + "/runtime?tab=incidents-tab", "Fejlet job");
        assertThat(textOnScreen()).contains("Tidsstempel", "Aktivitet").containsPattern(DANISH_DATE_TIME);
        assertNoEnglish("process instance, incidents");
    }

    @Test
    void decisionTableIsDanish() {
        String decision = repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionKey(LeadForvaltning.DECISION_KEY).latestVersion().singleResult().getId();
        show("#/decision-definition/" + decision, "Regelvalg:");
        assertThat(textOnScreen()).contains("Når", "Så", "Kommentarer");
        assertNoEnglish("decision table");
    }

    private void logIntoCockpit() {
        WebappLogin.login(browser, cockpit + "#/login", MeetingSteps.SECRETARY, password);
    }

    /** Opens a page of Cockpit and waits until it shows {@code text}. */
    private void show(String page, String text) {
        browser.open(cockpit + page);
        browser.until(d -> textOnScreen().contains(text), "\"" + text + "\" on " + page);
    }

    private String textOnScreen() {
        return String.join("\n", visibleTexts());
    }

    /** What a person reads: visible text, and the titles and placeholders that show on hover and in fields. */
    @SuppressWarnings("unchecked")
    private List<String> visibleTexts() {
        return (List<String>) browser.script("""
                const texts = [];
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                while (walker.nextNode()) {
                  const element = walker.currentNode.parentElement;
                  const text = walker.currentNode.nodeValue.trim();
                  if (text && element && element.checkVisibility() && !element.closest('script, style')) {
                    texts.push(text);
                  }
                }
                for (const element of document.querySelectorAll('[title], [placeholder]')) {
                  for (const name of ['title', 'placeholder']) {
                    const text = (element.getAttribute(name) || '').trim();
                    if (text && element.checkVisibility()) {
                      texts.push(text);
                    }
                  }
                }
                return texts;
                """);
    }

    private void assertNoEnglish(String page) {
        List<String> found = new ArrayList<>(visibleTexts());
        found.retainAll(english);
        assertThat(found).as("English on Cockpit's %s", page).isEmpty();
        assertThat(browser.script("return document.documentElement.lang")).as("the page's language").isEqualTo("da");
    }

    /** Cockpit's locale file: the webjar's (Camunda's English) or ours (the Danish), which shadows it when served. */
    private static String localeFile(String name, boolean fromWebjar) throws IOException {
        List<URL> copies = Collections.list(CockpitInDanishTest.class.getClassLoader().getResources(LOCALES + name));
        URL copy = copies.stream().filter(url -> url.toString().contains("camunda-webapp-webjar") == fromWebjar)
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in " + copies));
        try (InputStream in = copy.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        }
    }
}
