package dk.kk.almenstyring.forms;

import static dk.kk.almenstyring.forms.FormSchemas.components;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.almenstyring.accession.AccessionProcess;
import dk.kk.almenstyring.approval.AgreementApprovalProcess;
import dk.kk.almenstyring.forms.FormSchemas.Component;
import dk.kk.almenstyring.forvaltning.Forvaltning;
import dk.kk.almenstyring.forvaltning.Theme;
import dk.kk.almenstyring.meeting.MeetingCycle;
import dk.kk.almenstyring.proposal.AgendaProposalProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Camunda Forms in {@code forms/} against the contract with the process code: which variables each form writes,
 * which it requires and which it shows; and the BPMN models' {@code camunda:formRef}s against the forms.
 *
 * <p>Camunda 7.24's Tasklist renders the forms with the form-js viewer it bundles (1.8.x, schema version 16, in
 * {@code camunda-webapp-webjar}), so the forms use only that version's components and options.
 */
class FormFilesTest {

    /** The schema version of form-js 1.8.x, the viewer in Camunda 7.24's Tasklist. */
    static final int FORM_JS_SCHEMA_VERSION = 16;

    /**
     * The components this project's forms may use; all exist in form-js 1.8. Not {@code datetime}: its date picker is
     * US-only (month/day/year, Sunday first, English names), so dates and times are text fields (see below).
     */
    static final Set<String> SUPPORTED_TYPES = Set.of("text", "textfield", "textarea", "number", "select",
            "radio", "checkbox", "checklist", "dynamiclist", "group", "separator", "spacer", "expression");

    static final Set<String> TEXT_INPUTS = Set.of("textfield", "textarea");

    /**
     * What each form reads and writes, by data path ({@code agendaItems[].title} is a field of every item of the
     * dynamic list bound to the variable {@code agendaItems}).
     *
     * @param inputs   the fields a person fills in: exactly these keys are written
     * @param required the inputs the form will not submit without
     * @param echoed   read-only fields and pass-throughs, submitted unchanged (they keep list items whole)
     * @param shown    variables set by the process and shown by the form (text templating, read-only fields,
     *                 option lists)
     */
    record Contract(Set<String> inputs, Set<String> required, Set<String> echoed, Set<String> shown) {
    }

    static final Map<String, Contract> CONTRACT = new LinkedHashMap<>();

    static {
        CONTRACT.put("start-meeting", new Contract(
                Set.of("forumKey", "meetingDate", "meetingTime", "meetingLocation", "extraordinaryReason"),
                Set.of("forumKey", "meetingDate", "meetingTime"),
                Set.of(),
                Set.of()));
        CONTRACT.put("propose-agenda-item", new Contract(
                Set.of("proposalTitle", "proposalDescription", "proposalTheme", "proposerForvaltning"),
                Set.of("proposalTitle"),
                Set.of(),
                Set.of("forumName", "meetingDateText", "proposalDeadlineText", "proposalsReceived")));
        CONTRACT.put("prepare-agenda", new Contract(
                Set.of("agendaItems[].title", "agendaItems[].description", "agendaItems[].theme",
                        "agendaItems[].responsible"),
                Set.of("agendaItems[].title", "agendaItems[].responsible"),
                Set.of("agendaItems[].proposalId", "agendaItems[].agendaRequestId"),
                Set.of("forumName", "meetingDateText", "meetingTimeText", "meetingLocation", "agendaDeadlineText")));
        CONTRACT.put("review-late-proposal", new Contract(
                Set.of("lateProposalDecision", "responsible", "reviewNote"),
                Set.of("lateProposalDecision", "responsible"),
                Set.of("proposalDescription"),
                Set.of("proposalTitle", "proposalDescription", "proposedBy", "submittedAtText",
                        "proposalDeadlineText")));
        CONTRACT.put("change-meeting", new Contract(
                Set.of("changeAction", "newMeetingDate", "newMeetingTime", "newMeetingLocation", "changeReason"),
                Set.of("changeAction", "newMeetingDate", "newMeetingTime", "changeReason"),
                Set.of(),
                Set.of("forumName", "meetingDateText", "meetingTimeText", "meetingLocation")));
        CONTRACT.put("record-minutes", new Contract(
                Set.of("attendance", "decisions[].decision", "decisions[].outcome", "decisions[].liftToBmf",
                        "decisions[].proposeToPsf", "minutesText"),
                Set.of("decisions[].decision", "minutesText"),
                Set.of("decisions[].itemId", "decisions[].number", "decisions[].title", "decisions[].responsible",
                        "decisions[].agreementItem", "decisions[].canLiftToBmf", "decisions[].canProposeToPsf"),
                Set.of("forumName", "meetingDateText", "minutesDeadlineText", "memberOptions")));
        CONTRACT.put("submit-comment", new Contract(
                Set.of("commentText"),
                Set.of("commentText"),
                Set.of("minutesText"),
                Set.of("forumName", "meetingDateText", "commentWindowEndText", "minutesText")));
        CONTRACT.put("start-hovedaftale", new Contract(
                Set.of("agreementTitle", "validFrom"),
                Set.of("agreementTitle", "validFrom"),
                Set.of(),
                Set.of()));
        CONTRACT.put("draft-hovedaftale", new Contract(
                Set.of("themes", "goals[].goal", "goals[].successCriterion", "body", "documents[].name",
                        "documents[].reference", "revisionReason"),
                Set.of("goals[].goal", "goals[].successCriterion", "documents[].name", "documents[].reference"),
                Set.of("rejectionReason"),
                Set.of("agreementTitle", "rejectionReason")));
        CONTRACT.put("decide-adjustment", new Contract(
                Set.of("adjust", "themes", "goals[].goal", "goals[].successCriterion", "body", "revisionReason"),
                Set.of("adjust", "goals[].goal", "goals[].successCriterion"),
                Set.of(),
                Set.of("agreementTitle")));
        CONTRACT.put("incorporate-comments", new Contract(
                Set.of("finalMinutesText"),
                Set.of("finalMinutesText"),
                Set.of("commentsText"),
                Set.of("commentsText")));
    }

    static final Map<String, String> FORUMS = options("BMF", "Borgmesterforum", "PSF", "Partnerskabsforum",
            "TKS", "Den Tværkommunale Styregruppe", "SF", "Samarbejdsforum");
    /** The one vocabulary (Forvaltning, Theme); VocabularyTest holds every list of them in the forms to it. */
    static final Map<String, String> FORVALTNINGER = Arrays.stream(Forvaltning.values())
            .collect(Collectors.toMap(Forvaltning::code, Forvaltning::danishName, (a, b) -> a, LinkedHashMap::new));
    static final Map<String, String> THEMES = Arrays.stream(Theme.values())
            .collect(Collectors.toMap(Theme::value, Theme::label, (a, b) -> a, LinkedHashMap::new));

    /** The option list each select or radio key must offer, value to label, in this order. */
    static final Map<String, Map<String, String>> OPTIONS = new LinkedHashMap<>(Map.of(
            "forumKey", FORUMS,
            "proposerForvaltning", FORVALTNINGER,
            "agendaItems[].responsible", FORVALTNINGER,
            "decisions[].responsible", FORVALTNINGER,
            "proposalTheme", THEMES,
            "agendaItems[].theme", THEMES,
            "lateProposalDecision", options("accept", "Optag på dagsordenen", "defer", "Udskyd til et senere møde"),
            "changeAction", options("move", "Flyt mødet", "cancel", "Aflys mødet"),
            "decisions[].outcome", options("AGREED", "Enighed om aftalen", "NOT_AGREED", "Ikke enighed"),
            "adjust", options("yes", "Ja, aftalen justeres", "no", "Nej, aftalen fortsætter uændret")));

    /** The date fields (typed dd.mm.åååå) and time fields (typed tt.mm) of the forms, by form. */
    static final Map<String, Set<String>> DATES = Map.of(
            "book-styringsdialog", Set.of("meetingDate"),
            "report-styringsdialog", Set.of("enkeltaftaleFollowUpDate"),
            "start-meeting", Set.of("meetingDate"),
            "change-meeting", Set.of("newMeetingDate"),
            "approve-agreement", Set.of("decidedOn"),
            "start-hovedaftale", Set.of("validFrom"),
            "start-enkeltaftale", Set.of("followUpDate"),
            "follow-up-enkeltaftale", Set.of("nextFollowUpDate"),
            "plan-area-meeting", Set.of("meetingDate"),
            "review-annual-plan", Set.of("plannedMeetings[].meetingDate"));
    static final Map<String, Set<String>> TIMES = Map.of(
            "book-styringsdialog", Set.of("meetingTime"),
            "start-meeting", Set.of("meetingTime"),
            "change-meeting", Set.of("newMeetingTime"),
            "plan-area-meeting", Set.of("meetingTime"),
            "review-annual-plan", Set.of("plannedMeetings[].meetingTime"));

    /** What a date field lets through: a day that exists, this century, written d.m.åååå or dd.mm.åååå. */
    static final String DATE_PATTERN = "^(((0?[1-9]|[12]\\d|3[01])\\.(0?[13578]|1[02])|(0?[1-9]|[12]\\d|30)\\.(0?[469]|11)"
            + "|(0?[1-9]|1\\d|2[0-8])\\.0?2)\\.20\\d\\d|29\\.0?2\\.20([02468][048]|[13579][26]))$";
    static final String TIME_PATTERN = "^([01]?\\d|2[0-3])[.:][0-5]\\d$";

    // agreement-approval (A2) and accession (A5)
    static {
        OPTIONS.put("approvalDecision", options("APPROVED", "Godkendt", "REJECTED", "Afvist"));
        OPTIONS.put("accessionAnswer", options("ACCEDED", "Organisationen tilslutter sig aftalen",
                "DECLINED", "Organisationen tilslutter sig ikke aftalen"));
        CONTRACT.put("approve-agreement", new Contract(
                Set.of("approvalDecision", "decidedOn", "caseReference", "rejectionReason"),
                Set.of("approvalDecision", "decidedOn", "caseReference", "rejectionReason"),
                Set.of(),
                Set.of("agreementTitle", "agreementVersion", "approvalBody", "approvalDueText")));
        CONTRACT.put("answer-accession", new Contract(
                Set.of("accessionAnswer", "declineReason"),
                Set.of("accessionAnswer", "declineReason"),
                Set.of(),
                Set.of("agreementTitle", "organisationName")));
    }

    // delaftale (A6) and enkeltaftale (A7)
    static {
        OPTIONS.put("theme", THEMES);
        OPTIONS.put("leadForvaltning", FORVALTNINGER);
        OPTIONS.put("responsible", FORVALTNINGER);
        OPTIONS.put("forvaltning", FORVALTNINGER);
        OPTIONS.put("revisionAction", options("revise", "Send den reviderede tekst til Samarbejdsforum",
                "withdraw", "Træk udkastet tilbage"));
        OPTIONS.put("agreementDecision", options("AGREED", "Vi tilslutter os aftalen",
                "DECLINED", "Vi tilslutter os ikke aftalen"));
        OPTIONS.put("followUpAction", options("continue", "Ny opfølgning", "close", "Afslut opfølgningen"));
        CONTRACT.put("start-delaftale", new Contract(
                Set.of("agreementTitle", "theme", "leadForvaltning", "goals[].goal", "goals[].successCriterion",
                        "agreementBody"),
                Set.of("agreementTitle", "theme", "goals[].goal", "goals[].successCriterion"),
                Set.of(),
                Set.of()));
        CONTRACT.put("revise-delaftale", new Contract(
                Set.of("theme", "goals[].goal", "goals[].successCriterion", "agreementBody", "revisionReason",
                        "revisionAction"),
                Set.of("theme", "goals[].goal", "goals[].successCriterion", "revisionReason"),
                Set.of("agreementTitle", "leadForvaltning"),
                Set.of("agreementTitle", "agreementVersion", "agendaDecision", "rejectedBy", "rejectionReason",
                        "leadForvaltning")));
        CONTRACT.put("start-enkeltaftale", new Contract(
                Set.of("agreementTitle", "forvaltning", "organisationCode", "estateNumber", "parentAgreementId",
                        "goals[].goal", "goals[].successCriterion", "agreementBody", "followUpDate"),
                Set.of("agreementTitle", "forvaltning", "organisationCode", "parentAgreementId", "goals[].goal",
                        "goals[].successCriterion", "followUpDate"),
                Set.of(),
                Set.of()));
        CONTRACT.put("agree-enkeltaftale", new Contract(
                Set.of("agreementDecision", "caseReference", "declineReason"),
                Set.of("agreementDecision", "caseReference"),
                Set.of(),
                Set.of("agreementTitle", "forvaltning", "organisationName", "estateText", "goalsText",
                        "followUpDateText")));
        CONTRACT.put("follow-up-enkeltaftale", new Contract(
                Set.of("followUpNote", "followUpAction", "nextFollowUpDate"),
                Set.of("followUpNote", "followUpAction"),
                Set.of(),
                Set.of("agreementTitle", "forvaltning", "organisationName", "goalsText", "followUpDateText")));
    }

    // area-based styringsdialog (S3): the districts (bydele) that hold the register's estates
    static final Map<String, String> DISTRICTS = options("Indre By", "Indre By", "Østerbro", "Østerbro",
            "Nørrebro", "Nørrebro", "Vesterbro/Kongens Enghave", "Vesterbro/Kongens Enghave", "Valby", "Valby",
            "Vanløse", "Vanløse", "Brønshøj-Husum", "Brønshøj-Husum", "Bispebjerg", "Bispebjerg",
            "Amager Øst", "Amager Øst", "Amager Vest", "Amager Vest");

    static {
        OPTIONS.put("area1", DISTRICTS);
        OPTIONS.put("area2", DISTRICTS);
        OPTIONS.put("area3", DISTRICTS);
        OPTIONS.put("forvaltninger", FORVALTNINGER);
        CONTRACT.put("start-area-dialogue", new Contract(
                Set.of("year", "area1", "area2", "area3"),
                Set.of("year", "area1"),
                Set.of(),
                Set.of()));
        CONTRACT.put("plan-area-meeting", new Contract(
                Set.of("meetingDate", "meetingTime", "meetingLocation", "forvaltninger", "invitationNote"),
                Set.of("meetingDate", "meetingTime", "meetingLocation"),
                Set.of("organisationsText"),
                Set.of("area", "organisationsText")));
        CONTRACT.put("report-area-meeting", new Contract(
                Set.of("areaReport"),
                Set.of("areaReport"),
                Set.of("participantsText"),
                Set.of("area", "meetingText", "participantsText")));
    }

    // årshjul (issue 9): the year's plan, one meeting per list item
    static {
        OPTIONS.put("plannedMeetings[].forumKey", FORUMS);
        CONTRACT.put("start-aarshjul", new Contract(Set.of("planYear"), Set.of("planYear"), Set.of(), Set.of()));
        CONTRACT.put("review-annual-plan", new Contract(
                Set.of("plannedMeetings[].forumKey", "plannedMeetings[].meetingDate", "plannedMeetings[].meetingTime",
                        "plannedMeetings[].meetingLocation"),
                Set.of("plannedMeetings[].forumKey", "plannedMeetings[].meetingDate", "plannedMeetings[].meetingTime"),
                Set.of(),
                Set.of("planYear")));
    }

    // styringsdialog (S1, S2, A7)
    static {
        OPTIONS.put("takesPart", options("JA", "Ja, vi deltager", "NEJ", "Nej, vi deltager ikke"));
        OPTIONS.put("goalAssessments[].onTrack", options("ON_TRACK", "På rette vej", "NOT_ON_TRACK", "Ikke på rette vej"));
        OPTIONS.put("newEnkeltaftaler[].forvaltning", FORVALTNINGER);
        CONTRACT.put("start-styringsdialog", new Contract(Set.of("year"), Set.of("year"), Set.of(), Set.of()));
        CONTRACT.put("book-styringsdialog", new Contract(
                Set.of("meetingDate", "meetingTime", "meetingLocation"),
                Set.of("meetingDate", "meetingTime", "meetingLocation"),
                Set.of(),
                Set.of("organisationName", "windowText", "bookingDueText")));
        CONTRACT.put("styringsdialog-agenda-items", new Contract(
                Set.of("takesPart", "agendaItemsText"),
                Set.of("takesPart"),
                Set.of(),
                Set.of("organisationName", "meetingText", "agendaDeadlineText")));
        CONTRACT.put("report-styringsdialog", new Contract(
                Set.of("goalAssessments[].onTrack", "goalAssessments[].comment", "reportText", "newEnkeltaftaler[].title",
                        "newEnkeltaftaler[].forvaltning", "newEnkeltaftaler[].estateNumber",
                        "newEnkeltaftaler[].parentAgreementId", "newEnkeltaftaler[].goal",
                        "newEnkeltaftaler[].successCriterion", "enkeltaftaleFollowUpDate",
                        "supervisionEstates", "supervisionReason"),
                Set.of("goalAssessments[].onTrack", "reportText", "newEnkeltaftaler[].title",
                        "newEnkeltaftaler[].forvaltning", "newEnkeltaftaler[].parentAgreementId",
                        "newEnkeltaftaler[].goal", "newEnkeltaftaler[].successCriterion"),
                Set.of("goalAssessments[].agreementId", "goalAssessments[].goalIndex",
                        "goalAssessments[].agreementTitle", "goalAssessments[].goal",
                        "goalAssessments[].successCriterion"),
                Set.of("organisationName", "meetingText", "reportDueText")));
        CONTRACT.put("summarise-styringsdialog", new Contract(
                Set.of("roundSummary"), Set.of("roundSummary"), Set.of("reportsOverview"), Set.of("year", "reportsOverview")));
    }

    /** The fields only shown when the meeting is moved. */
    static final String HIDE_UNLESS_MOVING = "=changeAction != \"move\"";

    /** Which form each user task or start event of the models shows, where the element exists. */
    static final Map<String, String> FORM_OF_ELEMENT = new LinkedHashMap<>(Map.of(
            MeetingCycle.Element.START, "start-meeting",
            MeetingCycle.Element.CHANGE_MEETING, "change-meeting",
            MeetingCycle.Element.PROPOSE_AGENDA_ITEM, "propose-agenda-item",
            MeetingCycle.Element.PREPARE_AGENDA, "prepare-agenda",
            MeetingCycle.Element.RECORD_MINUTES, "record-minutes",
            MeetingCycle.Element.SUBMIT_COMMENT, "submit-comment",
            MeetingCycle.Element.INCORPORATE_COMMENTS, "incorporate-comments",
            AgendaProposalProcess.REVIEW_LATE_PROPOSAL, "review-late-proposal"));

    static {
        FORM_OF_ELEMENT.put(AgreementApprovalProcess.Element.APPROVE_BR, "approve-agreement");
        FORM_OF_ELEMENT.put(AgreementApprovalProcess.Element.APPROVE_BL, "approve-agreement");
        FORM_OF_ELEMENT.put(AccessionProcess.Element.ANSWER_ACCESSION, "answer-accession");
    }

    static {
        FORM_OF_ELEMENT.put(dk.kk.almenstyring.dialogue.StyringsdialogProcess.Round.START_BY_SECRETARIAT,
                "start-styringsdialog");
        FORM_OF_ELEMENT.put(dk.kk.almenstyring.dialogue.StyringsdialogProcess.Round.SUMMARISE, "summarise-styringsdialog");
        FORM_OF_ELEMENT.put(dk.kk.almenstyring.dialogue.StyringsdialogProcess.Dialogue.BOOK_MEETING, "book-styringsdialog");
        FORM_OF_ELEMENT.put(dk.kk.almenstyring.dialogue.StyringsdialogProcess.Dialogue.PROPOSE_AGENDA_ITEMS,
                "styringsdialog-agenda-items");
        FORM_OF_ELEMENT.put(dk.kk.almenstyring.dialogue.StyringsdialogProcess.Dialogue.RECORD_REPORT, "report-styringsdialog");
    }

    static {
        FORM_OF_ELEMENT.put(dk.kk.almenstyring.supervision.area.AreaDialogueProcess.Element.START, "start-area-dialogue");
        FORM_OF_ELEMENT.put(dk.kk.almenstyring.supervision.area.AreaDialogueProcess.Element.PLAN_MEETING,
                "plan-area-meeting");
        FORM_OF_ELEMENT.put(dk.kk.almenstyring.supervision.area.AreaDialogueProcess.Element.REPORT_MEETING,
                "report-area-meeting");
    }

    static {
        // the yearly evaluation (S5)
        CONTRACT.put("start-yearly-evaluation", new Contract(
                Set.of("evaluationYear"),
                Set.of("evaluationYear"),
                Set.of(),
                Set.of()));
        CONTRACT.put("compile-yearly-evaluation", new Contract(
                Set.of("goalStatuses[].status", "goalStatuses[].comment", "conclusion"),
                Set.of("goalStatuses[].status", "goalStatuses[].comment", "conclusion"),
                Set.of("goalStatuses[].position", "goalStatuses[].goal", "goalStatuses[].successCriterion"),
                Set.of("evaluationYear", "hovedaftaleText", "reportsText")));
        OPTIONS.put("goalStatuses[].status", options("ACHIEVED", "Opfyldt", "ON_TRACK", "På rette vej", "NOT_ON_TRACK",
                "Ikke på rette vej"));
        FORM_OF_ELEMENT.put(dk.kk.almenstyring.evaluation.YearlyEvaluationProcess.Element.START, "start-yearly-evaluation");
        FORM_OF_ELEMENT.put(dk.kk.almenstyring.evaluation.YearlyEvaluationProcess.Element.COMPILE,
                "compile-yearly-evaluation");
    }

    static {
        FORM_OF_ELEMENT.put(dk.kk.almenstyring.wheel.AnnualWheelProcess.Element.START_REQUESTED, "start-aarshjul");
        FORM_OF_ELEMENT.put(dk.kk.almenstyring.wheel.AnnualWheelProcess.Element.REVIEW_PLAN, "review-annual-plan");
    }

    static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

    static Stream<String> formIds() {
        return CONTRACT.keySet().stream();
    }

    @Test
    void theFormsFolderHoldsExactlyTheContractedForms() {
        assertThat(FormSchemas.files().keySet()).containsExactlyInAnyOrderElementsOf(CONTRACT.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formIds")
    void isSavedAsCamundaModelerSavesACamunda7Form(String formId) {
        JsonNode form = form(formId);

        assertThat(form.path("id").asText()).as("id = file name").isEqualTo(formId);
        assertThat(form.path("type").asText()).isEqualTo("default");
        assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
        assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
        assertThat(form.path("exporter").path("name").asText()).isEqualTo("Camunda Modeler");
        assertThat(form.path("exporter").path("version").asText()).matches("5\\.\\d+\\.\\d+");
        assertThat(form.path("schemaVersion").asInt()).isEqualTo(FORM_JS_SCHEMA_VERSION);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formIds")
    void hasReadableUniqueComponentIdsAndOnlySupportedComponents(String formId) {
        List<Component> components = components(form(formId));

        List<String> ids = components.stream().map(Component::id).toList();
        assertThat(ids).doesNotContainNull().doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("(Field|Text|List)_[a-z][A-Za-z]*"));
        assertThat(components).extracting(Component::type).allSatisfy(type -> assertThat(SUPPORTED_TYPES).contains(type));
        assertThat(components).filteredOn(c -> "text".equals(c.type()))
                .allSatisfy(c -> assertThat(c.id()).startsWith("Text_"));
        assertThat(components).filteredOn(c -> "dynamiclist".equals(c.type()))
                .allSatisfy(c -> assertThat(c.id()).startsWith("List_"));
        assertThat(components).filteredOn(c -> c.key() != null)
                .allSatisfy(c -> assertThat(c.id()).startsWith("Field_"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formIds")
    void writesExactlyTheContractedVariables(String formId) {
        Contract contract = CONTRACT.get(formId);
        List<Component> components = components(form(formId));

        assertThat(paths(components.stream().filter(Component::editable))).as("inputs")
                .containsExactlyInAnyOrderElementsOf(contract.inputs());
        assertThat(paths(components.stream().filter(Component::echoed))).as("read-only and pass-through fields")
                .containsExactlyInAnyOrderElementsOf(contract.echoed());
        assertThat(paths(components.stream().filter(Component::required))).as("required fields")
                .containsExactlyInAnyOrderElementsOf(contract.required());
        assertThat(components).filteredOn(Component::required).allSatisfy(c -> assertThat(c.editable()).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formIds")
    void showsTheVariablesTheProcessSets(String formId) {
        List<Component> components = components(form(formId));
        Set<String> shown = new LinkedHashSet<>();
        for (Component c : components) {
            if ("text".equals(c.type())) {
                shown.addAll(FormSchemas.templateVariables(c.node().path("text").asText()));
            }
            if (c.node().hasNonNull("valuesKey")) {
                shown.add(c.node().get("valuesKey").asText());
            }
            if (c.readonly() && c.prefix().isEmpty()) {
                shown.add(c.key());
            }
        }
        assertThat(shown).containsAll(CONTRACT.get(formId).shown());
        // every text view says what it is about
        assertThat(components).filteredOn(c -> "text".equals(c.type())).first()
                .satisfies(intro -> assertThat(intro.node().path("text").asText()).startsWith("## "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formIds")
    void labelsFieldsInDanishAndLimitsWhatCanBeTyped(String formId) {
        for (Component c : components(form(formId))) {
            if (c.editable() || c.readonly()) {
                String label = c.node().path("label").asText();
                assertThat(label).as("label of %s", c.id()).isNotBlank()
                        .doesNotContain("Text field", "Date", "Time", "Select", "Number");
            }
            if (c.editable() && TEXT_INPUTS.contains(c.type()) && !c.node().path("properties").has("format")) {
                assertThat(c.node().path("validate").path("maxLength").asInt()).as("maxLength of %s", c.id())
                        .isBetween(100, 30_000);
            }
        }
        assertThat(components(form(formId))).filteredOn(c -> "proposalTitle".equals(c.path()) && c.editable())
                .allSatisfy(c -> assertThat(c.node().path("validate").path("maxLength").asInt()).isEqualTo(200));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formIds")
    void offersTheAgreedOptions(String formId) {
        for (Component c : components(form(formId))) {
            if (Set.of("select", "radio", "checklist").contains(c.type())) {
                if (c.node().hasNonNull("valuesKey")) {
                    assertThat(c.node().has("values")).as("%s: static values or valuesKey, not both", c.id()).isFalse();
                    continue;
                }
                Map<String, String> expected = OPTIONS.get(c.path());
                assertThat(expected).as("agreed options for %s", c.path()).isNotNull();
                Map<String, String> actual = new LinkedHashMap<>();
                c.node().path("values").forEach(v -> actual.put(v.path("value").asText(), v.path("label").asText()));
                assertThat(actual).as("options of %s", c.path()).containsExactlyEntriesOf(expected);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formIds")
    void asksForDanishDatesAndTimesAndReadsThemBackInWords(String formId) {
        Map<String, Component> byPath = byPath(formId);
        Set<String> dates = DATES.getOrDefault(formId, Set.of());
        Set<String> times = TIMES.getOrDefault(formId, Set.of());
        assertThat(byPath.values()).filteredOn(c -> c.node().path("properties").has("format"))
                .extracting(Component::path).containsExactlyInAnyOrderElementsOf(concat(dates, times));
        for (String key : dates) {
            assertTypedAs(byPath.get(key), "dato", DATE_PATTERN, 10, "dd.mm.åååå, fx 14.01.2027");
            assertReadBackInWords(formId, key, byPath.get(key));
        }
        for (String key : times) {
            assertTypedAs(byPath.get(key), "klokkeslæt", TIME_PATTERN, 5, "tt.mm, fx 14.00");
        }
    }

    private static void assertTypedAs(Component field, String format, String pattern, int maxLength, String example) {
        JsonNode n = field.node();
        assertThat(n.path("type").asText()).as(field.key()).isEqualTo("textfield");
        assertThat(n.path("properties").path("format").asText()).as(field.key()).isEqualTo(format);
        assertThat(n.path("validate").path("pattern").asText()).as(field.key()).isEqualTo(pattern);
        assertThat(n.path("validate").path("maxLength").asInt()).as(field.key()).isEqualTo(maxLength);
        assertThat(n.path("description").asText()).as(field.key()).contains(example);
    }

    /** The text view right after the date (and its time) reads them back, with the date field's visibility. */
    private static void assertReadBackInWords(String formId, String key, Component field) {
        List<Component> components = components(form(formId));
        String local = key.substring(key.lastIndexOf('.') + 1); // a list item's field: plannedMeetings[].meetingDate
        Component words = components.stream().filter(c -> ("Text_" + local + "InWords").equals(c.id())).findFirst()
                .orElseThrow(() -> new AssertionError(formId + ": no Text_" + local + "InWords"));
        String text = words.node().path("text").asText();
        assertThat(text).startsWith("={").contains(feelOf(key) + ", \"^(\\d)[.]\"");
        TIMES.getOrDefault(formId, Set.of()).forEach(time -> assertThat(text).contains("replace(" + feelOf(time) + ","));
        assertThat(words.node().path("conditional")).isEqualTo(field.node().path("conditional"));
        int position = components.indexOf(words);
        assertThat(components.get(position - 1).path()).as("%s follows its fields", words.id())
                .isIn(concat(Set.of(key), TIMES.getOrDefault(formId, Set.of())));
    }

    /** How a read-back names a field: by its key, or as {@code this.field} inside a list item (form-js 1.8). */
    private static String feelOf(String path) {
        return path.contains("[].") ? "this." + path.substring(path.lastIndexOf('.') + 1) : path;
    }

    /** The pattern at the field and the server (FormValues) agree on every d.m.åååå and dd.mm.åååå of 2000–2099. */
    @Test
    void theDatePatternLetsThroughExactlyTheDaysTheServerAccepts() {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(DATE_PATTERN);
        int accepted = 0;
        for (int year = 1999; year <= 2100; year++) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    for (String typed : List.of(day + "." + month + "." + year,
                            "%02d.%02d.%d".formatted(day, month, year))) {
                        boolean server = serverAccepts(typed) && year >= 2000 && year <= 2099;
                        assertThat(pattern.matcher(typed).matches()).as(typed).isEqualTo(server);
                        accepted += server ? 1 : 0;
                    }
                }
            }
        }
        assertThat(accepted).as("every day of 2000–2099, written both ways").isEqualTo(2 * 36_525);
        for (String typed : List.of("01/02/2027", "2/1/27", "2027-01-14", "14.01.27", " 14.01.2027", "14.01.2027 ")) {
            assertThat(pattern.matcher(typed).matches()).as(typed).isFalse();
        }
    }

    @Test
    void theTimePatternLetsThroughTheTimesOfDayIn24Hours() {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(TIME_PATTERN);
        for (String typed : List.of("14.00", "14:00", "9.30", "09:30", "0.00", "23.59")) {
            assertThat(pattern.matcher(typed).matches()).as(typed).isTrue();
        }
        for (String typed : List.of("24.00", "25:99", "14.60", "2 pm", "1400", "14", "14:00:00", "14,00")) {
            assertThat(pattern.matcher(typed).matches()).as(typed).isFalse();
        }
    }

    private static boolean serverAccepts(String typed) {
        try {
            return dk.kk.almenstyring.common.FormValues.date(typed, "Datoen") != null;
        } catch (org.camunda.bpm.engine.BadUserRequestException e) {
            return false;
        }
    }

    private static Set<String> concat(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void theStartFormTakesDateAndTimeAsSeparateFields() {
        Map<String, Component> byPath = byPath("start-meeting");
        assertThat(byPath.get("meetingDate").node().path("properties").path("format").asText()).isEqualTo("dato");
        assertThat(byPath.get("meetingTime").node().path("properties").path("format").asText()).isEqualTo("klokkeslæt");
    }

    @Test
    void theChangeFormAsksForTheNewTimeOnlyWhenTheMeetingIsMoved() {
        Map<String, Component> byPath = byPath("change-meeting");
        for (String key : List.of("newMeetingDate", "newMeetingTime", "newMeetingLocation")) {
            assertThat(byPath.get(key).node().path("conditional").path("hide").asText()).as(key)
                    .isEqualTo(HIDE_UNLESS_MOVING);
        }
        for (String key : List.of("changeAction", "changeReason")) {
            assertThat(byPath.get(key).node().has("conditional")).as(key).isFalse();
        }
    }

    @Test
    void theListsAreBoundToTheProcessVariables() {
        Component agenda = components(form("prepare-agenda")).stream()
                .filter(c -> "dynamiclist".equals(c.type())).findFirst().orElseThrow();
        assertThat(agenda.node().path("path").asText()).isEqualTo(MeetingCycle.Var.AGENDA_ITEMS);
        assertThat(agenda.node().path("allowAddRemove").asBoolean()).isTrue();

        Component decisions = components(form("record-minutes")).stream()
                .filter(c -> "dynamiclist".equals(c.type())).findFirst().orElseThrow();
        assertThat(decisions.node().path("path").asText()).isEqualTo(MeetingCycle.Var.DECISIONS);
        assertThat(decisions.node().path("allowAddRemove").asBoolean()).as("decisions follow the agenda").isFalse();

        Component attendance = byPath("record-minutes").get(MeetingCycle.Var.ATTENDANCE);
        assertThat(attendance.type()).isEqualTo("checklist");
        assertThat(attendance.prefix()).as("Tasklist resolves valuesKey of top-level fields only").isEmpty();
        assertThat(attendance.node().path("valuesKey").asText()).isEqualTo(MeetingCycle.Var.MEMBER_OPTIONS);
    }

    @Test
    void passThroughsHandTheirOwnValueBack() {
        for (String formId : CONTRACT.keySet()) {
            components(form(formId)).stream().filter(Component::passThrough).forEach(c -> {
                assertThat(c.prefix()).as("%s lives in a dynamic list", c.id()).endsWith("[].");
                assertThat(c.node().path("expression").asText()).isEqualTo("=_this_." + c.key());
            });
        }
    }

    // --- the models -------------------------------------------------------------------------------------------

    @Test
    void everyFormRefOfTheModelsNamesADeployedForm() throws Exception {
        for (Element element : formRefElements()) {
            String ref = element.getAttributeNS(CAMUNDA_NS, "formRef");
            assertThat(CONTRACT.keySet()).as("formRef of %s", element.getAttribute("id")).contains(ref);
            assertThat(element.getAttributeNS(CAMUNDA_NS, "formRefBinding")).as("binding of %s", element.getAttribute("id"))
                    .isIn("deployment", "latest", "version");
            assertThat(element.getAttributeNS(CAMUNDA_NS, "formKey")).as("%s: formRef or formKey", element.getAttribute("id"))
                    .isEmpty();
        }
    }

    @Test
    void everyUserTaskOfTheModelsHasAForm() throws Exception {
        for (Document model : models().values()) {
            NodeList tasks = model.getElementsByTagNameNS(BPMN_NS, "userTask");
            for (int i = 0; i < tasks.getLength(); i++) {
                Element task = (Element) tasks.item(i);
                assertThat(task.getAttributeNS(CAMUNDA_NS, "formRef")).as("formRef of user task %s", task.getAttribute("id"))
                        .isNotEmpty();
            }
        }
    }

    @Test
    void eachStepShowsItsOwnForm() throws Exception {
        Map<String, Element> elements = new LinkedHashMap<>();
        for (Document model : models().values()) {
            for (String tag : List.of("userTask", "startEvent")) {
                NodeList found = model.getElementsByTagNameNS(BPMN_NS, tag);
                for (int i = 0; i < found.getLength(); i++) {
                    Element e = (Element) found.item(i);
                    elements.put(e.getAttribute("id"), e);
                }
            }
        }
        FORM_OF_ELEMENT.forEach((elementId, formId) -> {
            Element element = elements.get(elementId);
            if (element != null) {
                assertThat(element.getAttributeNS(CAMUNDA_NS, "formRef")).as("form of %s", elementId).isEqualTo(formId);
            }
        });
    }

    /** Tasklist offers under Start proces only the processes a person starts with a start form; the rest are internal. */
    @Test
    void onlyProcessesWithAStartFormAreStartableInTasklist() throws Exception {
        for (Map.Entry<Path, Document> model : models().entrySet()) {
            NodeList processes = model.getValue().getElementsByTagNameNS(BPMN_NS, "process");
            for (int i = 0; i < processes.getLength(); i++) {
                Element process = (Element) processes.item(i);
                boolean startForm = false;
                NodeList children = process.getChildNodes();
                for (int j = 0; j < children.getLength(); j++) {
                    if (children.item(j) instanceof Element child && "startEvent".equals(child.getLocalName())
                            && child.hasAttributeNS(CAMUNDA_NS, "formRef")) {
                        startForm = true;
                    }
                }
                String startable = process.getAttributeNS(CAMUNDA_NS, "isStartableInTasklist");
                assertThat(startable.isEmpty() || Boolean.parseBoolean(startable))
                        .as("%s (%s) startable in Tasklist", process.getAttribute("id"), model.getKey()).isEqualTo(startForm);
            }
        }
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    static JsonNode form(String formId) {
        return FormSchemas.read(FormSchemas.FORMS_DIR.resolve(formId + ".form"));
    }

    static Map<String, Component> byPath(String formId) {
        return components(form(formId)).stream().filter(c -> c.key() != null)
                .collect(Collectors.toMap(Component::path, c -> c, (a, b) -> a, LinkedHashMap::new));
    }

    static List<String> paths(Stream<Component> components) {
        return components.map(Component::path).toList();
    }

    static Map<String, String> options(String... valueLabel) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < valueLabel.length; i += 2) {
            map.put(valueLabel[i], valueLabel[i + 1]);
        }
        return map;
    }

    /** The BPMN models under {@code processes/}, by path; none yet is fine. */
    static Map<Path, Document> models() throws Exception {
        Map<Path, Document> models = new LinkedHashMap<>();
        if (!Files.isDirectory(FormSchemas.PROCESSES_DIR)) {
            return models;
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(FormSchemas.PROCESSES_DIR)) {
            files = walk.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
        }
        for (Path file : files) {
            models.put(file, factory.newDocumentBuilder().parse(file.toFile()));
        }
        return models;
    }

    static List<Element> formRefElements() throws Exception {
        List<Element> found = new ArrayList<>();
        for (Document model : models().values()) {
            NodeList all = model.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                if (e.hasAttributeNS(CAMUNDA_NS, "formRef")) {
                    found.add(e);
                }
            }
        }
        return found;
    }
}
