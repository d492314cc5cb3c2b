package dk.kk.almenstyring.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.CoverageExcludes;
import dk.kk.almenstyring.ProcessTestSupport;
import dk.kk.almenstyring.agenda.AgendaRequests;
import dk.kk.almenstyring.common.JsonVariables;
import dk.kk.almenstyring.dialogue.StyringsdialogRoundClosed;
import dk.kk.almenstyring.meeting.MeetingCycle;
import dk.kk.almenstyring.meeting.MeetingCycle.Element;
import dk.kk.almenstyring.meeting.MeetingCycle.Var;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The roll-up (S4, F11, A6): the styringsdialog's summary goes onto the next TKS and SF agendas by itself; what TKS
 * and SF lift goes onto Borgmesterforum's next agenda, and SF's proposals to adjust the hovedaftale onto
 * Partnerskabsforum's. Every agenda here is the one a real meeting's secretariat is given to start from.
 */
// the yearly evaluation the round starts is covered by YearlyEvaluationProcessTest
@CoverageExcludes({"meeting-cycle", "agenda-proposal", "agreement-approval", "accession", "delaftale",
        "enkeltaftale", "aarlig-evaluering"})
class RollUpProcessTest extends ProcessTestSupport {

    static final LocalDate TKS_DAY = LocalDate.of(2027, 1, 28);
    static final LocalDate SF_DAY = LocalDate.of(2027, 3, 18);

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    AgendaRequests agendaRequests;

    @Test
    void theSummaryOfTheRoundGoesOntoTheNextTksAndSfAgendasOnceEvenWhenReportedTwice() {
        ProcessInstance tks = startMeeting("TKS", TKS_DAY);
        ProcessInstance sf = startMeeting("SF", SF_DAY);
        executeDueJobs();

        events.publishEvent(roundClosed(2026));
        events.publishEvent(roundClosed(2026));

        moveClockTo(at(LocalDate.of(2027, 1, 18), 16, 1));
        assertThat(prefilled(tks)).filteredOn(i -> i.get("title").toString().startsWith("Opsamling"))
                .extracting(i -> i.get("title"), i -> i.get("responsible"))
                .containsExactly(tuple("Opsamling på styringsdialogerne 2026", "TMF"));
        assertThat(prefilled(tks).get(0).get("description").toString())
                .contains("Boligorganisationerne arbejder målrettet med udlejningen.")
                .contains("KAB (KAB): afrapporteret, 3 mål på rette vej, 1 ikke på rette vej")
                .contains("FSB (FSB): dialogmødet er ikke holdt");
        moveClockTo(at(LocalDate.of(2027, 2, 25), 16, 1));
        assertThat(prefilled(sf)).extracting(i -> i.get("title"), i -> i.get("responsible"))
                .containsExactly(tuple("Opsamling på styringsdialogerne 2026", "TMF"));
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(YearlyEvaluationProcess.PROCESS_KEY)
                .count()).as("S5: the year's evaluation starts once with the round's reports").isOne();
    }

    @Test
    void withoutAComingMeetingTheSummaryWaitsForTheNextMeetingCalled() {
        events.publishEvent(roundClosed(2026));
        assertThat(agendaRequests.open("TKS")).extracting(AgendaRequests.AgendaRequest::title)
                .containsExactly("Opsamling på styringsdialogerne 2026");

        moveClockTo(at(LocalDate.of(2027, 2, 1), 9, 0));
        ProcessInstance tks = startMeeting("TKS", LocalDate.of(2027, 3, 4));
        ProcessInstance sf = startMeeting("SF", LocalDate.of(2027, 4, 22));
        moveClockTo(at(LocalDate.of(2027, 2, 22), 16, 1));
        assertThat(prefilled(tks)).extracting(i -> i.get("title")).containsExactly("Opsamling på styringsdialogerne 2026");
        moveClockTo(at(LocalDate.of(2027, 4, 1), 16, 1));
        assertThat(prefilled(sf)).extracting(i -> i.get("title")).containsExactly("Opsamling på styringsdialogerne 2026");
    }

    @Test
    void sfLiftsADecisionToBorgmesterforumAndProposesAnAdjustmentToPartnerskabsforum() {
        ProcessInstance sf = startMeeting("SF", SF_DAY);
        moveClockTo(at(LocalDate.of(2027, 2, 25), 16, 1));
        sendAgenda(sf, item("Fleksibel udlejning i Tingbjerg", "SOF"), item("Mål for tryghed i hovedaftalen", "TMF"),
                item("Eventuelt", "TMF"));
        moveClockTo(at(SF_DAY, 15, 0));

        List<Map<String, Object>> decisions = decisions(sf);
        assertThat(decisions).allSatisfy(d -> assertThat(d).containsEntry(LiftedDecisions.CAN_LIFT_TO_BMF, true)
                .containsEntry(LiftedDecisions.CAN_PROPOSE_TO_PSF, true).containsEntry("agreementItem", false));
        decisions.get(0).put("decision", "Fleksibel udlejning udvides til hele Tingbjerg.");
        decisions.get(0).put(LiftedDecisions.LIFT_TO_BMF, true);
        decisions.get(1).put("decision", "Partnerskabsforum foreslås at tilføje et mål om tryghed.");
        decisions.get(1).put(LiftedDecisions.PROPOSE_TO_PSF, true);
        decisions.get(2).put("decision", "Intet.");
        recordMinutes(sf, decisions);

        ProcessInstance bmf = startMeeting("BMF", LocalDate.of(2027, 4, 15));
        executeDueJobs();
        assertThat(prefilled(bmf)).filteredOn(i -> i.get("title").toString().startsWith("Fra "))
                .extracting(i -> i.get("title"), i -> i.get("responsible"))
                .containsExactly(tuple("Fra Samarbejdsforum 18. marts 2027: Fleksibel udlejning i Tingbjerg", "SOF"));
        assertThat(prefilled(bmf)).filteredOn(i -> i.get("title").toString().startsWith("Fra ")).first()
                .satisfies(i -> assertThat(i.get("description").toString())
                        .contains("beslutning: Fleksibel udlejning udvides til hele Tingbjerg."));

        ProcessInstance psf = startMeeting("PSF", LocalDate.of(2027, 8, 26));
        moveClockTo(at(LocalDate.of(2027, 8, 5), 16, 1));
        assertThat(prefilled(psf)).filteredOn(i -> i.get("title").toString().startsWith("Fra "))
                .extracting(i -> i.get("title"), i -> i.get("responsible"))
                .containsExactly(tuple("Fra Samarbejdsforum 18. marts 2027: Mål for tryghed i hovedaftalen", "TMF"));
    }

    @Test
    void tksLiftsADecisionToBorgmesterforumButProposesNothingToPartnerskabsforum() {
        ProcessInstance tks = startMeeting("TKS", TKS_DAY);
        moveClockTo(at(LocalDate.of(2027, 1, 18), 16, 1));
        sendAgenda(tks, item("Koordinering af boligsocial indsats", "SOF"));
        moveClockTo(at(TKS_DAY, 15, 0));

        List<Map<String, Object>> decisions = decisions(tks);
        assertThat(decisions.get(0)).containsEntry(LiftedDecisions.CAN_LIFT_TO_BMF, true)
                .containsEntry(LiftedDecisions.CAN_PROPOSE_TO_PSF, false);
        decisions.get(0).put("decision", "Forvaltningerne koordinerer indsatsen i fælles team.");
        decisions.get(0).put(LiftedDecisions.PROPOSE_TO_PSF, true);
        assertThatThrownBy(() -> recordMinutes(tks, decisions)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("kun Samarbejdsforum stiller forslag til justering af hovedaftalen");
        assertThat(agendaRequests.open("PSF")).as("nothing recorded").isEmpty();
        assertThat(task(Element.RECORD_MINUTES, tks)).as("the minutes task stays open").isNotNull();

        decisions.get(0).put(LiftedDecisions.PROPOSE_TO_PSF, false);
        decisions.get(0).put(LiftedDecisions.LIFT_TO_BMF, true);
        recordMinutes(tks, decisions);
        ProcessInstance bmf = startMeeting("BMF", LocalDate.of(2027, 2, 25));
        executeDueJobs();
        assertThat(prefilled(bmf)).filteredOn(i -> i.get("title").toString().startsWith("Fra "))
                .extracting(i -> i.get("title"), i -> i.get("responsible")).containsExactly(tuple(
                        "Fra Den Tværkommunale Styregruppe 28. januar 2027: Koordinering af boligsocial indsats", "SOF"));
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    static StyringsdialogRoundClosed roundClosed(int year) {
        return new StyringsdialogRoundClosed(year, "Boligorganisationerne arbejder målrettet med udlejningen.", null,
                "sekretaer", TODAY, List.of(
                        new StyringsdialogRoundClosed.OrganisationReport("KAB", "KAB", true, true, 3, 1),
                        new StyringsdialogRoundClosed.OrganisationReport("FSB", "FSB", false, false, 0, 0)));
    }

    private ProcessInstance startMeeting(String forum, LocalDate day) {
        actAs("sekretaer");
        try {
            return runtimeService.startProcessInstanceByKey(MeetingCycle.PROCESS_KEY, Map.of(Var.FORUM_KEY, forum,
                    Var.MEETING_DATE, day.toString(), Var.MEETING_TIME, "10:00"));
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** The agenda the secretariat is given to start from (standing items, requested items, proposals). */
    private List<Map<String, Object>> prefilled(ProcessInstance meeting) {
        assertThat(task(Element.PREPARE_AGENDA, meeting)).as("the agenda is being prepared").isNotNull();
        return JsonVariables.objects(runtimeService.getVariable(meeting.getId(), Var.AGENDA_ITEMS));
    }

    private void sendAgenda(ProcessInstance meeting, Map<String, Object>... items) {
        actAs("sekretaer");
        try {
            taskService.complete(task(Element.PREPARE_AGENDA, meeting).getId(),
                    Map.of(Var.AGENDA_ITEMS, JsonVariables.json(List.of(items))));
        } finally {
            identityService.clearAuthentication();
        }
        executeDueJobs();
    }

    private List<Map<String, Object>> decisions(ProcessInstance meeting) {
        return new ArrayList<>(JsonVariables.objects(runtimeService.getVariable(meeting.getId(), Var.DECISIONS)));
    }

    private void recordMinutes(ProcessInstance meeting, List<Map<String, Object>> decisions) {
        actAs("sekretaer");
        try {
            taskService.complete(task(Element.RECORD_MINUTES, meeting).getId(), Map.of(Var.ATTENDANCE,
                    JsonVariables.json(List.of()), Var.DECISIONS, JsonVariables.json(decisions), Var.MINUTES_TEXT, "Referat."));
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static Map<String, Object> item(String title, String responsible) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("title", title);
        item.put("description", "");
        item.put("theme", null);
        item.put("responsible", responsible);
        return item;
    }
}
