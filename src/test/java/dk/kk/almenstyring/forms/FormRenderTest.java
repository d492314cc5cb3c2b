package dk.kk.almenstyring.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders every form in headless Chromium with the very form-js viewer Camunda 7.24's Tasklist runs (taken from
 * {@code camunda-webapp-webjar} on the classpath, no npm) and our Tasklist custom script, imports it with process data
 * the way Tasklist does, plays what a person would do (type a date, add or remove a list item) and checks what the
 * form shows, what it would submit, and what Tasklist decides its *Fuldfør* button on: the errors of form-js's last
 * {@code changed} event.
 *
 * <p>Needs a Chromium: {@code CHROME_BIN}, or {@code chromium}/{@code chromium-browser}/{@code google-chrome} on the
 * PATH (Debian/Ubuntu: {@code apt-get install chromium}). Without one the tests are skipped, not failed.
 */
class FormRenderTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String WEBJAR = "META-INF/resources/webjars/camunda/";
    private static final String CUSTOM_SCRIPT = WEBJAR + "app/tasklist/scripts/almen/tasklist-almen.js";
    private static final Pattern FORM_MODULE = Pattern.compile("[A-Za-z_$][\\w$]*\\((\\d+)\\)\\.Form\\b");
    private static final Pattern RESULTS = Pattern.compile("<pre id=\"results\">([A-Za-z0-9+/=]+)</pre>");

    private static final String DISPLAY = """
            "forumName": "Samarbejdsforum",
            "meetingDateText": "torsdag den 25. marts 2027",
            "meetingTimeText": "14:00–16:00",
            "meetingLocation": "Teknik- og Miljøforvaltningen, Center for Bydesign",
            """;

    private static final String AGENDA = """
            {%s "agendaDeadlineText": "torsdag den 11. marts 2027",
             "agendaItems": [
               {"title": "Status på hovedaftalen", "description": "", "theme": null, "responsible": "TMF"},
               {"title": "Tryghed i Tingbjerg", "description": "Drøftelse", "theme": "tryghed", "responsible": "SOF",
                "proposalId": 42}]}""".formatted(DISPLAY);

    /** One run of a form: the data Tasklist hands to form-js, then what the person does. */
    record Scenario(String name, String formId, String data, String actions) {
    }

    static final List<Scenario> SCENARIOS = List.of(
            new Scenario("start-empty", "start-meeting", "{}", "[]"),
            new Scenario("start-filled", "start-meeting", """
                    {"forumKey": "PSF"}""", """
                    [{"op": "type", "field": "Field_meetingDate", "value": "25.3.2099"},
                     {"op": "type", "field": "Field_meetingTime", "value": "14:00"}]"""),
            new Scenario("start-impossible", "start-meeting", """
                    {"forumKey": "PSF"}""", """
                    [{"op": "type", "field": "Field_meetingDate", "value": "31.02.2027"},
                     {"op": "type", "field": "Field_meetingTime", "value": "25:99"}]"""),
            new Scenario("start-ambiguous", "start-meeting", """
                    {"forumKey": "PSF"}""", """
                    [{"op": "type", "field": "Field_meetingDate", "value": "01/02/2027"},
                     {"op": "type", "field": "Field_meetingTime", "value": "2 pm"}]"""),
            new Scenario("propose", "propose-agenda-item", """
                    {%s "proposalDeadlineText": "torsdag den 4. marts 2027",
                     "proposalTitle": "Tryghed i Tingbjerg", "proposalTheme": "tryghed", "proposerForvaltning": "ØKF"}"""
                    .formatted(DISPLAY), "[]"),
            new Scenario("propose-again", "propose-agenda-item", """
                    {%s "proposalDeadlineText": "torsdag den 4. marts 2027",
                     "proposalsReceived": [
                       {"title": "Fleksibel udlejning \\\\*nu\\\\* \\\\<i Tingbjerg\\\\>",
                        "proposer": "Hanne Juhl, BL's 1. kreds – Samarbejdsforum",
                        "receivedAt": "mandag den 4. januar 2027 kl. 09.00"},
                       {"title": "Energirenovering", "proposer": "Henrik Bach, TMF",
                        "receivedAt": "mandag den 4. januar 2027 kl. 10.00"}]}""".formatted(DISPLAY), "[]"),
            new Scenario("agenda-prefilled", "prepare-agenda", AGENDA, "[]"),
            new Scenario("agenda-edited", "prepare-agenda", AGENDA, """
                    [{"op": "click", "selector": ".fjs-repeat-row-remove", "index": 0},
                     {"op": "click", "selector": ".fjs-repeat-render-add", "index": 0}]"""),
            new Scenario("agenda-typed", "prepare-agenda", AGENDA, """
                    [{"op": "type", "field": "Field_agendaItemTitle", "index": 1, "value": "Tryghed i Tingbjerg og Husum"}]"""),
            new Scenario("agenda-item-added", "prepare-agenda", AGENDA, """
                    [{"op": "click", "selector": ".fjs-repeat-render-add", "index": 0},
                     {"op": "type", "field": "Field_agendaItemTitle", "index": 2, "value": "Eventuelt"}]"""),
            new Scenario("late-proposal", "review-late-proposal", """
                    {"proposalTitle": "Grønne gårdrum", "proposalDescription": "Linje 1\\nLinje 2",
                     "proposedBy": "Jens Hansen (BL's 1. kreds)", "submittedAtText": "fredag den 5. marts 2027 kl. 10:12",
                     "proposalDeadlineText": "torsdag den 4. marts 2027"}""", "[]"),
            new Scenario("change-cancel", "change-meeting", """
                    {%s "changeAction": "cancel", "changeReason": "Formanden er forhindret."}""".formatted(DISPLAY), "[]"),
            new Scenario("change-move-incomplete", "change-meeting", """
                    {%s "changeAction": "move", "changeReason": "Sammenfald med budgetforhandlinger."}"""
                    .formatted(DISPLAY), "[]"),
            new Scenario("change-move", "change-meeting", """
                    {%s "changeAction": "move", "changeReason": "Sammenfald med budgetforhandlinger."}"""
                    .formatted(DISPLAY), """
                    [{"op": "type", "field": "Field_newMeetingDate", "value": "01.04.2099"},
                     {"op": "type", "field": "Field_newMeetingTime", "value": "9.30"}]"""),
            new Scenario("minutes-prefilled", "record-minutes", minutes("", ""), "[]"),
            new Scenario("minutes-filled", "record-minutes",
                    minutes("Godkendt.", "Forummet drøftede status."), "[]"),
            new Scenario("minutes-marks", "record-minutes", """
                    {%s "minutesDeadlineText": "torsdag den 1. april 2027", "memberOptions": [], "attendance": [],
                     "decisions": [
                       {"itemId": 101, "number": 1, "title": "Fleksibel udlejning", "responsible": "SOF",
                        "decision": "Udvides.", "agreementItem": false, "canLiftToBmf": true, "liftToBmf": false,
                        "canProposeToPsf": true, "proposeToPsf": false},
                       {"itemId": 102, "number": 2, "title": "Eventuelt", "responsible": "TMF", "decision": "Intet.",
                        "agreementItem": false, "canLiftToBmf": false, "liftToBmf": false, "canProposeToPsf": false,
                        "proposeToPsf": false}],
                     "minutesText": "Referat."}""".formatted(DISPLAY), """
                    [{"op": "click", "selector": "input[type=checkbox]", "index": 0}]"""),
            new Scenario("comment", "submit-comment", """
                    {%s "commentWindowEndText": "torsdag den 22. april 2027", "minutesText": "Referat\\n\\n1. Godkendt."}"""
                    .formatted(DISPLAY), "[]"),
            new Scenario("incorporate", "incorporate-comments", """
                    {%s "commentsText": "Jens Hansen: punkt 2 bør præciseres.", "finalMinutesText": "Referat"}"""
                    .formatted(DISPLAY), "[]"),
            new Scenario("approve-rejected", "approve-agreement", """
                    {"agreementTitle": "Hovedaftale 2027–2030", "agreementVersion": 1, "approvalBody": "BR",
                     "approvalDueText": "mandag den 1. marts 2027 kl. 16:00", "approvalDecision": "REJECTED",
                     "caseReference": "BR 2027-0012"}""", """
                    [{"op": "type", "field": "Field_decidedOn", "value": "2.2.2027"}]"""),
            new Scenario("approve-with-summary", "approve-agreement", """
                    {"agreementTitle": "Hovedaftale 2027–2030", "agreementVersion": 2, "approvalBody": "BL",
                     "approvalDueText": "mandag den 1. marts 2027 kl. 16:00",
                     "agreementSummary": "**Temaer:** Udlejning\\n\\n**Mål:** Flere familieboliger – succeskriterium: 200 nye"}""",
                    "[]"),
            new Scenario("accession", "answer-accession", """
                    {"agreementTitle": "Hovedaftale 2027–2030", "organisationName": "Boligselskabet Demohjem (fiktiv)",
                     "accessionAnswer": "DECLINED"}""", "[]"));

    private static Map<String, JsonNode> results;
    private static int schemaVersion;
    private static boolean customScriptInstalled;

    @BeforeAll
    static void renderAll(@TempDir Path dir) throws Exception {
        Optional<Path> chromium = chromium();
        if (System.getenv("CI") != null) {
            // .ci/run installs Chromium: in CI a missing browser is a failure, not a skip
            org.junit.jupiter.api.Assertions.assertTrue(chromium.isPresent(), "CI without Chromium: forms not rendered");
        }
        assumeTrue(chromium.isPresent(), "no Chromium found (set CHROME_BIN or install chromium): forms not rendered");

        String bootstrap = webjar("app/tasklist/camunda-tasklist-bootstrap.js");
        Matcher module = FORM_MODULE.matcher(bootstrap);
        assertThat(module.find()).as("Tasklist's form-js module in the webjar").isTrue();
        Files.writeString(dir.resolve("runtime.js"), webjar("lib/runtime.js"));
        Files.writeString(dir.resolve("deps.js"), webjar("lib/deps.js"));

        ArrayNode scenarios = MAPPER.createArrayNode();
        for (Scenario s : SCENARIOS) {
            ObjectNode node = scenarios.addObject();
            node.put("name", s.name());
            node.set("schema", FormSchemas.read(FormSchemas.FORMS_DIR.resolve(s.formId() + ".form")));
            node.set("data", MAPPER.readTree(s.data()));
            node.set("actions", MAPPER.readTree(s.actions()));
        }
        Path page = dir.resolve("render.html");
        Files.writeString(page, HARNESS.replace("/*MODULE_ID*/", module.group(1))
                .replace("/*CUSTOM_SCRIPT*/", resource(CUSTOM_SCRIPT))
                .replace("/*SCENARIOS*/", MAPPER.writeValueAsString(scenarios).replace("</", "<\\/")));

        String dom = run(chromium.get(), dir, page);
        Matcher m = RESULTS.matcher(dom);
        assertThat(m.find()).as("the harness finished; DOM was:%n%s", dom.length() > 2000 ? dom.substring(0, 2000) : dom)
                .isTrue();
        JsonNode all = MAPPER.readTree(new String(Base64.getDecoder().decode(m.group(1)), StandardCharsets.UTF_8));
        keepForInspection(dir, all);
        assertThat(all.path("error").isMissingNode()).as("harness error: %s", all.path("error")).isTrue();
        schemaVersion = all.path("schemaVersion").asInt();
        customScriptInstalled = all.path("customScript").asBoolean();
        results = new LinkedHashMap<>();
        all.path("scenarios").forEach(r -> results.put(r.path("name").asText(), r));
    }

    @Test
    void theTasklistViewerIsTheVersionTheFormsAreWrittenFor() {
        assertThat(schemaVersion).isEqualTo(FormFilesTest.FORM_JS_SCHEMA_VERSION);
    }

    @Test
    void everyFormRendersWithoutWarningsOrErrors() {
        assertThat(results.keySet()).containsExactlyElementsOf(SCENARIOS.stream().map(Scenario::name).toList());
        results.forEach((name, r) -> {
            assertThat(r.path("exception").asText("")).as("%s threw", name).isEmpty();
            assertThat(r.path("warnings")).as("%s import warnings", name).isEmpty();
            assertThat(r.path("text").asText()).as("%s shows its heading", name).isNotBlank();
        });
        assertThat(results.values().stream().map(r -> r.path("rendered").size()).toList()).allMatch(n -> n > 0);
    }

    @Test
    void tasklistsCustomScriptFoundFormJs() {
        assertThat(customScriptInstalled).as("tasklist-almen.js patched the bundled form-js").isTrue();
    }

    /** form-js's own texts (placeholders, buttons, messages) are Danish in every form, as in Tasklist. */
    @Test
    void formJsSpeaksDanishInEveryForm() {
        List<String> english = List.of("Select", "Search", "Add new", "Collapse", "Expand all", "Remove list item",
                "Nothing to show", "No results", "Field ", "Value is", "Increment", "Decrement");
        results.forEach((name, r) -> {
            List<String> shown = new ArrayList<>();
            shown.add(r.path("text").asText());
            r.path("buttons").forEach(b -> shown.add(b.asText()));
            r.path("attributes").forEach(a -> shown.add(a.asText()));
            r.path("messages").forEach(m -> shown.add(m.asText()));
            for (String text : shown) {
                assertThat(english).as("%s shows '%s'", name, text).noneMatch(text::contains);
            }
        });
        assertThat(result("agenda-prefilled").path("attributes")).extracting(JsonNode::asText).contains("Fjern punkt 1");
    }

    @Test
    void theStartFormRequiresForumDateAndTimeInDanish() {
        JsonNode empty = result("start-empty");
        assertThat(fieldNames(empty.path("errors")))
                .containsExactlyInAnyOrder("Field_forumKey", "Field_meetingDate", "Field_meetingTime");
        assertThat(empty.path("messages")).extracting(JsonNode::asText).containsOnly("Feltet skal udfyldes.");
        assertThat(empty.path("text").asText()).doesNotContain("Mødet holdes");
    }

    @Test
    void aTypedDateAndTimeAreReadBackInWordsAndSentAsTyped() {
        JsonNode filled = result("start-filled");
        assertThat(filled.path("errors")).isEmpty();
        assertThat(filled.path("changedErrors")).as("Tasklist's Fuldfør is enabled").isEmpty();
        assertThat(filled.path("text").asText()).contains("Mødet holdes onsdag den 25. marts 2099 kl. 14.00.");
        assertThat(filled.path("data").path("forumKey").asText()).isEqualTo("PSF");
        assertThat(filled.path("data").path("meetingDate").asText()).isEqualTo("25.3.2099");
        assertThat(filled.path("data").path("meetingTime").asText()).isEqualTo("14:00");
    }

    @Test
    void anImpossibleOrAmbiguousDateOrTimeIsRefusedAtTheFieldInDanish() {
        JsonNode impossible = result("start-impossible");
        assertThat(impossible.path("changedErrors")).as("Fuldfør stays disabled").extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("Field_meetingDate", "Field_meetingTime");
        assertThat(impossible.path("messages")).extracting(JsonNode::asText).containsExactly(
                "'31.02.2027' findes ikke i kalenderen. Skriv datoen som dd.mm.åååå, fx 14.01.2027.",
                "'25:99' er ikke et klokkeslæt på døgnet. Skriv klokkeslættet som tt.mm i 24 timer, fx 14.00.");
        assertThat(impossible.path("text").asText()).doesNotContain("Mødet holdes");

        JsonNode ambiguous = result("start-ambiguous");
        assertThat(ambiguous.path("messages")).extracting(JsonNode::asText).containsExactly(
                "'01/02/2027' er ikke en gyldig dato. Skriv datoen som dd.mm.åååå, fx 14.01.2027.",
                "'2 pm' er ikke et klokkeslæt. Skriv klokkeslættet som tt.mm i 24 timer, fx 14.00.");
        assertThat(ambiguous.path("text").asText()).doesNotContain("Mødet holdes");
    }

    /** Tasklist enables Fuldfør when the errors of form-js's last change have no keys (bpmn-io/form-js#1494). */
    @Test
    void typingIntoAnAgendaItemLeavesTheFormCompletable() {
        JsonNode typed = result("agenda-typed");
        assertThat(typed.path("changedErrors")).isEmpty();
        assertThat(typed.path("errors")).isEmpty();
        assertThat(typed.path("data").path("agendaItems").get(1).path("title").asText())
                .isEqualTo("Tryghed i Tingbjerg og Husum");

        // a new item with a title but no responsible forvaltning: only that field holds Fuldfør back
        JsonNode added = result("agenda-item-added");
        assertThat(fieldNames(added.path("errors"))).containsExactly("Field_agendaItemResponsible");
        assertThat(added.path("messages")).extracting(JsonNode::asText).containsExactly("Feltet skal udfyldes.");
        assertThat(added.path("buttons")).extracting(JsonNode::asText).contains("Tilføj").doesNotContain("Add new");
    }

    @Test
    void theProposalFormShowsTheDeadlineAndKeepsDanishLetters() {
        JsonNode r = result("propose");
        assertThat(r.path("text").asText()).contains("Samarbejdsforum", "torsdag den 25. marts 2027",
                "torsdag den 4. marts 2027");
        assertThat(r.path("errors")).isEmpty();
        assertThat(r.path("data").path("proposerForvaltning").asText()).isEqualTo("ØKF");
        assertThat(fieldNames(r.path("data"))).containsExactlyInAnyOrder("proposalTitle", "proposalDescription",
                "proposalTheme", "proposerForvaltning");
    }

    @Test
    void theApprovalShowsWhatIsToBeDecidedAndWhenItComesIntoForce() {
        String shown = result("approve-with-summary").path("text").asText();
        assertThat(shown).contains("Det, der skal tages stilling til", "Flere familieboliger", "200 nye",
                "træder den i kraft ved periodens begyndelse");
        assertThat(result("approve-rejected").path("text").asText()).doesNotContain("Det, der skal tages stilling til");
    }

    @Test
    void theNextProposalShowsTheProposalsReceivedAsTyped() {
        assertThat(result("propose").path("text").asText()).doesNotContain("Forslag modtaget");
        JsonNode again = result("propose-again");
        assertThat(again.path("text").asText()).contains("Forslag modtaget til mødet indtil nu",
                "Fleksibel udlejning *nu* <i Tingbjerg> – Hanne Juhl, BL's 1. kreds – Samarbejdsforum, "
                        + "modtaget mandag den 4. januar 2027 kl. 09.00",
                "Energirenovering – Henrik Bach, TMF, modtaget mandag den 4. januar 2027 kl. 10.00");
        assertThat(fieldNames(again.path("errors"))).containsExactly("Field_proposalTitle");
        assertThat(fieldNames(again.path("data"))).doesNotContain("proposalsReceived");
    }

    @Test
    void theAgendaListKeepsEachItemWholeWhenItemsAreAddedAndRemoved() {
        JsonNode prefilled = result("agenda-prefilled");
        assertThat(prefilled.path("text").asText()).contains("torsdag den 11. marts 2027", "14:00–16:00",
                "Center for Bydesign");
        assertThat(prefilled.path("errors")).isEmpty();
        JsonNode items = prefilled.path("data").path("agendaItems");
        assertThat(items).hasSize(2);
        assertThat(fieldNames(items.get(1))).containsExactlyInAnyOrder("title", "description", "theme", "responsible",
                "proposalId", "agendaRequestId");
        assertThat(items.get(1).path("proposalId").asLong()).isEqualTo(42);
        assertThat(items.get(0).path("proposalId").isNull()).isTrue();

        // the standing item removed, an empty item added: the proposal keeps its id, the new item is incomplete
        JsonNode edited = result("agenda-edited");
        JsonNode after = edited.path("data").path("agendaItems");
        assertThat(after).hasSize(2);
        assertThat(after.get(0).path("title").asText()).isEqualTo("Tryghed i Tingbjerg");
        assertThat(after.get(0).path("proposalId").asLong()).isEqualTo(42);
        assertThat(after.get(1).path("proposalId").isNull()).isTrue();
        assertThat(fieldNames(edited.path("errors")))
                .containsExactlyInAnyOrder("Field_agendaItemTitle", "Field_agendaItemResponsible");
    }

    @Test
    void theLateProposalFormShowsTheProposalAndRequiresADecision() {
        JsonNode r = result("late-proposal");
        assertThat(r.path("text").asText()).contains("Grønne gårdrum", "Jens Hansen (BL's 1. kreds)",
                "fredag den 5. marts 2027 kl. 10:12", "torsdag den 4. marts 2027");
        assertThat(textarea(r, "Field_proposalDescription").path("value").asText()).isEqualTo("Linje 1\nLinje 2");
        assertThat(textarea(r, "Field_proposalDescription").path("readOnly").asBoolean()).isTrue();
        assertThat(fieldNames(r.path("errors"))).containsExactly("Field_lateProposalDecision");
    }

    @Test
    void theChangeFormAsksForANewTimeOnlyWhenTheMeetingIsMoved() {
        JsonNode cancel = result("change-cancel");
        assertThat(cancel.path("errors")).isEmpty();
        assertThat(fieldNames(cancel.path("data"))).containsExactlyInAnyOrder("changeAction", "changeReason");
        assertThat(rendered(cancel)).doesNotContain("Field_newMeetingDate", "Field_newMeetingTime",
                "Field_newMeetingLocation", "Text_newMeetingDateInWords");
        assertThat(cancel.path("text").asText()).contains("torsdag den 25. marts 2027", "14:00–16:00");

        assertThat(fieldNames(result("change-move-incomplete").path("errors")))
                .containsExactlyInAnyOrder("Field_newMeetingDate", "Field_newMeetingTime");

        JsonNode move = result("change-move");
        assertThat(move.path("errors")).isEmpty();
        assertThat(rendered(move)).contains("Field_newMeetingDate", "Field_newMeetingTime", "Field_newMeetingLocation");
        assertThat(move.path("text").asText()).contains("Mødet flyttes til onsdag den 1. april 2099 kl. 9.30.");
        assertThat(move.path("data").path("newMeetingDate").asText()).isEqualTo("01.04.2099");
        assertThat(move.path("data").path("newMeetingTime").asText()).isEqualTo("9.30");
    }

    @Test
    void theMinutesFormListsTheMembersAndKeepsTheDecisionsLinkedToTheirItems() {
        JsonNode prefilled = result("minutes-prefilled");
        assertThat(prefilled.path("checkboxes").asInt()).as("one checkbox per member").isEqualTo(3);
        assertThat(prefilled.path("text").asText()).contains("Anne Andersen", "torsdag den 1. april 2027");
        assertThat(fieldNames(prefilled.path("errors")))
                .containsExactlyInAnyOrder("Field_decisionText", "Field_minutesText");

        JsonNode filled = result("minutes-filled");
        assertThat(filled.path("errors")).isEmpty();
        assertThat(filled.path("data").path("attendance")).extracting(JsonNode::asText).containsExactly("aa", "cc");
        JsonNode decisions = filled.path("data").path("decisions");
        assertThat(decisions).hasSize(2);
        assertThat(fieldNames(decisions.get(0))).containsExactlyInAnyOrder("itemId", "number", "title", "responsible",
                "decision", "outcome", "agreementItem", "canLiftToBmf", "canProposeToPsf");
        assertThat(decisions.get(1).path("itemId").asLong()).isEqualTo(102);
        assertThat(decisions.get(1).path("number").asInt()).isEqualTo(2);
        assertThat(decisions.get(1).path("responsible").asText()).isEqualTo("SOF");
        assertThat(decisions.get(1).path("decision").asText()).isEqualTo("Godkendt.");
    }

    /** F11, A6: the marks show where the forum may set them (SF: both), and a ticked mark is submitted. */
    @Test
    void theMinutesFormOffersTheMarksOnlyWhereTheForumMaySetThem() {
        JsonNode marks = result("minutes-marks");
        assertThat(marks.path("errors")).isEmpty();
        assertThat(marks.path("checkboxes").asInt()).as("both marks on the first decision, none on the second").isEqualTo(2);
        assertThat(marks.path("text").asText()).contains("Løftes til Borgmesterforum", "Forslag til justering af hovedaftalen");
        JsonNode decisions = marks.path("data").path("decisions");
        assertThat(decisions.get(0).path("liftToBmf").asBoolean()).isTrue();
        assertThat(decisions.get(0).path("proposeToPsf").asBoolean()).isFalse();
        assertThat(decisions.get(1).path("liftToBmf").asBoolean()).isFalse();
        assertThat(decisions.get(1).path("proposeToPsf").asBoolean()).isFalse();
    }

    @Test
    void theCommentFormsShowTheMinutesAndTheComments() {
        JsonNode comment = result("comment");
        assertThat(comment.path("text").asText()).contains("torsdag den 22. april 2027");
        assertThat(textarea(comment, "Field_minutesText").path("value").asText()).isEqualTo("Referat\n\n1. Godkendt.");
        assertThat(fieldNames(comment.path("errors"))).containsExactly("Field_commentText");

        JsonNode incorporate = result("incorporate");
        assertThat(textarea(incorporate, "Field_commentsText").path("value").asText()).contains("punkt 2");
        assertThat(incorporate.path("errors")).isEmpty();
        assertThat(incorporate.path("data").path("finalMinutesText").asText()).isEqualTo("Referat");
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static String minutes(String decision, String minutesText) {
        return """
                {%s "minutesDeadlineText": "torsdag den 1. april 2027",
                 "memberOptions": [{"label": "Anne Andersen", "value": "aa"}, {"label": "Bo Bech", "value": "bb"},
                                   {"label": "Carla Chu", "value": "cc"}],
                 "attendance": ["aa", "cc"],
                 "decisions": [
                   {"itemId": 101, "number": 1, "title": "Status på hovedaftalen", "responsible": "TMF", "decision": "%s"},
                   {"itemId": 102, "number": 2, "title": "Tryghed i Tingbjerg", "responsible": "SOF", "decision": "%s"}],
                 "minutesText": "%s"}""".formatted(DISPLAY, decision, decision, minutesText);
    }

    private static JsonNode result(String name) {
        assertThat(results).containsKey(name);
        JsonNode r = results.get(name);
        assertThat(r.path("exception").asText("")).as("%s threw", name).isEmpty();
        return r;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> rendered(JsonNode r) {
        List<String> ids = new ArrayList<>();
        r.path("rendered").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private static JsonNode textarea(JsonNode r, String fieldId) {
        for (JsonNode t : r.path("textareas")) {
            if (t.path("field").asText().equals(fieldId)) {
                return t;
            }
        }
        throw new AssertionError("no textarea " + fieldId + " in " + r.path("textareas"));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = FormRenderTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as("%s on the classpath", path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String webjar(String path) throws IOException {
        try (InputStream in = FormRenderTest.class.getClassLoader().getResourceAsStream(WEBJAR + path)) {
            assertThat(in).as("%s%s on the classpath (camunda-webapp-webjar)", WEBJAR, path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * With {@code -Dforms.render.keep=/some/dir} the page, the bundle and the results stay there: open
     * {@code render.html} in a browser to see the forms as the tests filled them in.
     */
    private static void keepForInspection(Path dir, JsonNode results) throws IOException {
        String keep = System.getProperty("forms.render.keep");
        if (keep == null || keep.isBlank()) {
            return;
        }
        Path target = Files.createDirectories(Path.of(keep));
        for (String file : List.of("render.html", "runtime.js", "deps.js")) {
            Files.copy(dir.resolve(file), target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(target.resolve("results.json"), results.toPrettyString());
    }

    private static Optional<Path> chromium() {
        String configured = System.getenv("CHROME_BIN");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
                .flatMap(name -> Stream.of(path.split(File.pathSeparator)).map(d -> Path.of(d, name)))
                .filter(Files::isExecutable).findFirst();
    }

    private static String run(Path chromium, Path dir, Path page) throws IOException, InterruptedException {
        Path stdout = dir.resolve("dom.html");
        Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--allow-file-access-from-files", "--no-first-run",
                "--user-data-dir=" + dir.resolve("profile"), "--virtual-time-budget=60000", "--dump-dom",
                page.toUri().toString())
                .redirectOutput(stdout.toFile())
                .redirectError(dir.resolve("chromium.log").toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish in 120 s");
        }
        return Files.readString(stdout);
    }

    /**
     * The page: loads Tasklist's webpack runtime and vendor bundle, takes the form-js module Tasklist itself uses,
     * and runs each scenario. The results go into {@code <pre id="results">} as base64 JSON.
     */
    private static final String HARNESS = """
            <!DOCTYPE html>
            <html lang="da"><head><meta charset="utf-8"><title>forms</title></head>
            <body>
            <pre id="results"></pre>
            <script src="runtime.js"></script>
            <script src="deps.js"></script>
            <script type="module">/*CUSTOM_SCRIPT*/</script>
            <script type="module">
            (async function () {
              const SCENARIOS = /*SCENARIOS*/;
              const out = { scenarios: [] };
              // Preact runs effects (where form-js registers fields) after the next frame or 100 ms at the latest
              const tick = () => new Promise(resolve => setTimeout(resolve, 300));
              const ids = components => (components || []).flatMap(c => [c.id, ...ids(c.components)]);
              const fieldOf = (domId, all) => all.find(id => new RegExp('-' + id + '($|[-_])').test(domId));
              const byField = (container, field, suffix) =>
                [...container.querySelectorAll('[id^="fjs-form-"]')]
                  .filter(e => new RegExp('-' + field + '(_\\\\d+)*' + (suffix || '') + '$').test(e.id));
              async function act(container, a) {
                if (a.op === 'click') {
                  container.querySelectorAll(a.selector)[a.index || 0].click();
                } else if (a.op === 'type') {
                  const input = byField(container, a.field)[a.index || 0];
                  input.focus();
                  input.value = a.value;
                  input.dispatchEvent(new Event('input', { bubbles: true }));
                  await tick();
                  input.blur();
                } else {
                  throw new Error('unknown action ' + a.op);
                }
              }
              try {
                let webpackRequire;
                self.webpackChunkcamunda_bpm_webapp.push([[990001], {}, r => { webpackRequire = r; }]);
                const formJs = webpackRequire(/*MODULE_ID*/);
                out.schemaVersion = formJs.schemaVersion;
                out.customScript = !!(window.almenStyring && window.almenStyring.formsPatched);
                for (const s of SCENARIOS) {
                  const r = { name: s.name };
                  const container = document.createElement('div');
                  document.body.appendChild(container);
                  try {
                    const form = new formJs.Form({ container });
                    // exactly what Tasklist's Camunda Forms directive does with every change
                    form.on('changed', e => { r.changedErrors = Object.keys(e.errors); });
                    const imported = await form.importSchema(s.schema, s.data);
                    r.warnings = (imported.warnings || []).map(w => String((w && w.message) || w));
                    await tick();
                    for (const a of s.actions) {
                      await act(container, a);
                      await tick();
                    }
                    const all = ids(s.schema.components);
                    r.rendered = [...new Set([...container.querySelectorAll('[id^="fjs-form-"]')]
                      .map(e => fieldOf(e.id, all)).filter(Boolean))];
                    r.textareas = [...container.querySelectorAll('textarea')]
                      .map(t => ({ field: fieldOf(t.id, all), value: t.value, readOnly: t.readOnly }));
                    r.checkboxes = container.querySelectorAll('input[type=checkbox]').length;
                    r.text = container.innerText;
                    r.buttons = [...container.querySelectorAll('button')].map(b => b.innerText.trim()).filter(Boolean);
                    r.attributes = [...container.querySelectorAll('[placeholder], [aria-label]')]
                      .flatMap(e => [e.getAttribute('placeholder'), e.getAttribute('aria-label')]).filter(Boolean);
                    const changedErrors = r.changedErrors || [];
                    const submitted = form.submit();
                    r.changedErrors = changedErrors;
                    r.data = submitted.data;
                    r.errors = submitted.errors;
                    await tick();
                    r.messages = [...container.querySelectorAll('.fjs-form-field-error')]
                      .map(e => e.innerText.trim()).filter(Boolean);
                    form.destroy();
                  } catch (e) {
                    r.exception = String((e && e.stack) || e);
                  }
                  out.scenarios.push(r);
                  container.remove();
                }
              } catch (e) {
                out.error = String((e && e.stack) || e);
              }
              const json = JSON.stringify(out);
              let binary = '';
              new TextEncoder().encode(json).forEach(b => { binary += String.fromCharCode(b); });
              document.getElementById('results').textContent = btoa(binary);
            })();
            </script>
            </body></html>
            """;
}
