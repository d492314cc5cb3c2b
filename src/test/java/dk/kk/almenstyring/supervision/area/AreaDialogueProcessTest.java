package dk.kk.almenstyring.supervision.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dk.kk.almenstyring.MailAssertions;
import dk.kk.almenstyring.ProcessTestSupport;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.common.JsonVariables;
import dk.kk.almenstyring.supervision.area.AreaDialogueProcess.Element;
import dk.kk.almenstyring.supervision.area.AreaDialogueProcess.Var;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.Calendar;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * S3: area-based styringsdialog meetings in 1–3 areas a year, each planned by the secretariat, its invitations mailed
 * to the organisations with estates in the area and the chosen forvaltninger, and reported by TMF after the meeting.
 */
class AreaDialogueProcessTest extends ProcessTestSupport {

    @Autowired
    AreaDialogueRegister register;

    static final String SECRETARY = "sekretaer";
    /** Nørrebro's demo estates belong to these organisations (demo-housing.yml), by code. */
    static final List<String> NORREBRO_ORGANISATIONS = List.of("kontakt@aab.", "kontakt@domea.", "kontakt@fa09.",
            "kontakt@fsb.", "kontakt@kab.", "kontakt@vibo.");

    @Test
    void eachAreaIsPlannedInvitedAndReportedOnItsOwn() throws Exception {
        ProcessInstance pi = start(2027L, "Nørrebro", "Valby", null);

        assertThat(pi).isWaitingAt(Element.PLAN_MEETING);
        assertThat(jdbc.sql("select area, created_by from area_dialogue where dialogue_year = 2027 order by id").query()
                .listOfRows()).extracting(r -> r.get("AREA") + "/" + r.get("CREATED_BY"))
                .containsExactly("Nørrebro/sekretaer", "Valby/sekretaer");
        Task norrebro = task("Planlæg dialogmøde i området: Nørrebro 2027");
        assertThat(task("Planlæg dialogmøde i området: Valby 2027")).isNotNull();
        assertThat(taskService.createTaskQuery().taskId(norrebro.getId()).taskCandidateGroup("sekretariat").count()).isOne();
        assertThat(taskService.getVariable(norrebro.getId(), Var.ORGANISATIONS_TEXT)).asString()
                .startsWith("AAB – Arbejdernes Andels Boligforening: AAB-204 Opdigtbyen\n")
                .contains("KAB: KAB-104 Fiktivparken, KAB-112 Pilothusene, KAB-119 Fiktivhjemmet");

        plan(norrebro, "18.03.2027", "14.00", "Beboerhuset Demoparken", List.of("TMF", "SOF"), "Vi drøfter tryghed.");

        assertThat(runtimeService.getVariableLocal(pi.getId(), Var.MEETING_DATE)).as("kept in the area's scope").isNull();
        assertThat(task("Planlæg dialogmøde i området: Valby 2027")).as("the other area waits for its plan").isNotNull();
        executeDueJobs();
        for (String address : concat(NORREBRO_ORGANISATIONS, List.of("tks-sof@", "tks-tmf@", SECRETARY + "@"))) {
            List<MimeMessage> mails = mailsTo(address);
            assertThat(mails).as(address).hasSize(1);
            assertThat(mails.get(0).getSubject()).isEqualTo("Indbydelse til områdebaseret styringsdialog i Nørrebro 2027");
            assertThat(body(mails.get(0))).contains("områdebaseret styringsdialogmøde i Nørrebro: torsdag den 18. marts"
                    + " 2027 kl. 14:00, Beboerhuset Demoparken.")
                    .contains("KAB: KAB-104 Fiktivparken, KAB-112 Pilothusene, KAB-119 Fiktivhjemmet")
                    .contains("og fra kommunen: Teknik- og Miljøforvaltningen, Socialforvaltningen.")
                    .contains("Vi drøfter tryghed.");
        }
        assertThat(mailsTo("kontakt@demohjem.")).as("no estate in Nørrebro").isEmpty();
        assertThat(mailsTo("tks-buf@")).as("BUF was not chosen").isEmpty();
        long norrebroId = areaDialogueId("Nørrebro");
        assertThat(jdbc.sql("select kind, code from area_dialogue_participant where area_dialogue_id = :id order by kind, code")
                .param("id", norrebroId).query().listOfRows()).extracting(r -> r.get("KIND") + ":" + r.get("CODE"))
                .containsExactly("FORVALTNING:SOF", "FORVALTNING:TMF", "ORGANISATION:AAB", "ORGANISATION:DOMEA",
                        "ORGANISATION:FA09", "ORGANISATION:FSB", "ORGANISATION:KAB", "ORGANISATION:VIBO");

        // the report is due when the meeting has ended, two hours after it begins
        moveClockTo(at(LocalDate.of(2027, 3, 18), 15, 59));
        assertThat(taskService.createTaskQuery().taskDefinitionKey(Element.REPORT_MEETING).count()).isZero();
        moveClockTo(at(LocalDate.of(2027, 3, 18), 16, 0));
        Task report = task("Afrapportér dialogmødet i området: Nørrebro 2027");
        assertThat(taskService.getVariable(report.getId(), Var.MEETING_TEXT))
                .isEqualTo("torsdag den 18. marts 2027 kl. 14:00, Beboerhuset Demoparken");
        assertThatThrownBy(() -> complete(report, Map.of(Var.REPORT, "   ")))
                .isInstanceOf(BadUserRequestException.class).hasMessage("Skriv en kort afrapportering af mødet.");
        complete(report, Map.of(Var.REPORT, "Tryghedsvandringer aftalt med KAB og fsb."));
        assertThat(jdbc.sql("select report, reported_by from area_dialogue where id = :id").param("id", norrebroId)
                .query().singleRow()).containsEntry("REPORT", "Tryghedsvandringer aftalt med KAB og fsb.")
                .containsEntry("REPORTED_BY", SECRETARY);
        assertThat(pi).isNotEnded();

        plan(task("Planlæg dialogmøde i området: Valby 2027"), "20.04.2027", "9.30", "Valby Kulturhus", List.of("KFF"), null);
        executeDueJobs();
        moveClockTo(at(LocalDate.of(2027, 4, 20), 12, 0));
        complete(task("Afrapportér dialogmødet i området: Valby 2027"), Map.of(Var.REPORT, "Fritidstilbud drøftet."));
        // each area ends in a job of its own, so that two areas reported at the same moment do not collide
        assertThat(pi).isNotEnded();
        executeDueJobs();

        assertThat(pi).isEnded().hasPassed(Element.ALL_REPORTED);
        assertThat(mailsTo("tks-kff@")).singleElement().satisfies(m -> assertThat(body(m)).doesNotContain("null"));
    }

    @Test
    void aFourthAreaInTheSameYearIsRefusedAndNothingIsRecorded() {
        start(2027L, "Nørrebro", "Valby", null);
        start(2027, "Bispebjerg", null, null);
        long instances = runtimeService.createProcessInstanceQuery().count();

        assertThatThrownBy(() -> start(2027L, "Amager Vest", null, null)).isInstanceOf(BadUserRequestException.class)
                .hasMessage("TMF holder områdebaserede dialogmøder i højst 3 områder om året. I 2027 er der allerede"
                        + " møder i Nørrebro, Valby, Bispebjerg, så der kan ikke vælges flere.");

        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
        assertThat(jdbc.sql("select count(*) from area_dialogue where dialogue_year = 2027").query(Integer.class).single())
                .isEqualTo(3);
        // another year has its own three
        assertThat(start(2028L, "Amager Vest", null, null)).isWaitingAt(Element.PLAN_MEETING);
    }

    @Test
    void twoMoreThanTheYearHasRoomForAreRefusedTooAndSoIsTheSameAreaTwice() {
        start(2027L, "Nørrebro", "Valby", null);

        assertThatThrownBy(() -> start(2027L, "Bispebjerg", "Amager Øst", null)).isInstanceOf(BadUserRequestException.class)
                .hasMessageEndingWith("I 2027 er der allerede møder i Nørrebro, Valby, så der kan højst vælges 1 til.");
        assertThatThrownBy(() -> start(2027L, "Valby", null, null)).isInstanceOf(BadUserRequestException.class)
                .hasMessage("Der er allerede et områdebaseret dialogmøde i Valby i 2027.");
        assertThatThrownBy(() -> start(2028L, "Valby", null, "Valby")).isInstanceOf(BadUserRequestException.class)
                .hasMessage("Valby er valgt mere end én gang; vælg hvert område én gang.");
        assertThatThrownBy(() -> start(2026L, "Valby", null, null)).isInstanceOf(BadUserRequestException.class)
                .hasMessage("Områdebaserede dialogmøder planlægges for i år eller næste år (2027 eller 2028), ikke for 2026.");
        assertThatThrownBy(() -> start(2028L, "Atlantis", null, null)).isInstanceOf(BadUserRequestException.class)
                .hasMessageStartingWith("Der er ingen almene afdelinger i registret i 'Atlantis'");
        assertThatThrownBy(() -> start(2028L, null, null, null)).isInstanceOf(BadUserRequestException.class)
                .hasMessage("Vælg mindst ét område (en bydel), hvor dialogmødet skal holdes.");

        assertThat(jdbc.sql("select count(*) from area_dialogue").query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aPlanOutsideTheYearInThePastOrWithoutAForvaltningIsRefusedAtTheForm() {
        start(2027L, "Nørrebro", null, null);
        Task plan = task("Planlæg dialogmøde i området: Nørrebro 2027");

        assertRefused(plan, "18.03.2028", "14.00", List.of("TMF"),
                "Mødet skal holdes i 2027, det år dialogmøderne gælder (lørdag den 18. marts 2028 er i 2028).");
        assertRefused(plan, "31.02.2027", "14.00", List.of("TMF"), "Mødedatoen '31.02.2027' findes ikke i kalenderen.");
        assertRefused(plan, "02.01.2027", "14.00", List.of("TMF"), "tidspunktet er allerede passeret");
        assertRefused(plan, "18.03.2027", "25.00", List.of("TMF"), "Mødetidspunktet '25.00' er ikke et klokkeslæt på døgnet.");
        assertRefused(plan, "18.03.2027", "14.00", List.of(), "Vælg mindst én forvaltning, der deltager i mødet.");

        assertThat(jdbc.sql("select meeting_at from area_dialogue").query().singleRow()).containsEntry("MEETING_AT", null);
        assertThat(jdbc.sql("select count(*) from area_dialogue_participant").query(Integer.class).single()).isZero();
        assertThat(taskService.createTaskQuery().taskId(plan.getId()).count()).as("the task stays").isOne();
        executeDueJobs();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void eachInvitationCarriesTheAreaMeetingAsACalendarEntryInCopenhagenTime() throws Exception {
        start(2027L, "Nørrebro", "Valby", null);
        // 18 March is winter time (UTC+1), 20 April summer time (UTC+2)
        plan(task("Planlæg dialogmøde i området: Nørrebro 2027"), "18.03.2027", "14.00", "Beboerhuset Demoparken",
                List.of("TMF"), null);
        plan(task("Planlæg dialogmøde i området: Valby 2027"), "20.04.2027", "0.30", "Valby Kulturhus", List.of("KFF"),
                null);
        executeDueJobs();

        for (String address : concat(NORREBRO_ORGANISATIONS, List.of("tks-tmf@"))) {
            Calendar ics = MailAssertions.calendarOf(mailsTo(address).get(0));
            assertThat(ics).as(address + " has an invite.ics").isNotNull();
            assertThat(MailAssertions.eventProperty(ics, "DTSTART")).isEqualTo("20270318T130000Z");
            assertThat(MailAssertions.eventProperty(ics, "DTEND")).isEqualTo("20270318T150000Z");
            assertThat(MailAssertions.eventProperty(ics, "UID"))
                    .isEqualTo("area-dialogue-" + areaDialogueId("Nørrebro") + "@almen-styring.kk.dk");
            assertThat(MailAssertions.eventProperty(ics, "SUMMARY")).isEqualTo("Områdebaseret styringsdialog i Nørrebro 2027");
            assertThat(MailAssertions.eventProperty(ics, "LOCATION")).isEqualTo("Beboerhuset Demoparken");
        }
        // half past midnight Copenhagen time is still the evening before in UTC: the entry is on 20 April all the same
        Calendar valby = MailAssertions.calendarOf(mailsTo("tks-kff@").get(0));
        assertThat(MailAssertions.eventProperty(valby, "DTSTART")).isEqualTo("20270419T223000Z");
        assertThat(MailAssertions.startOf(valby).atZone(DanishText.COPENHAGEN).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2027, 4, 20, 0, 30));
        assertThat(MailAssertions.eventProperty(valby, "UID"))
                .isEqualTo("area-dialogue-" + areaDialogueId("Valby") + "@almen-styring.kk.dk")
                .isNotEqualTo(MailAssertions.eventProperty(MailAssertions.calendarOf(mailsTo("kontakt@kab.").get(0)), "UID"));
    }

    @Test
    void theDatabaseHoldsTheThreeAreasAYearWhenTheCountIsBypassed() {
        start(2027L, "Nørrebro", "Valby", null);
        // starts that read the count before the others committed: the recording method itself is called again
        assertThatThrownBy(() -> register.create(2027, "Valby", "pi-late-3", SECRETARY))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessage("Der er allerede et områdebaseret dialogmøde i Valby i 2027.");
        register.create(2027, "Bispebjerg", "pi-late-1", SECRETARY);

        assertThatThrownBy(() -> register.create(2027, "Amager Vest", "pi-late-2", SECRETARY))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessage("TMF holder områdebaserede dialogmøder i højst 3 områder om året, og der er ikke plads til"
                        + " Amager Vest i 2027: årets 3 er allerede valgt.");
        // straight into the table: a fourth slot and a slot taken twice are both refused
        assertThatThrownBy(() -> insertDirectly(2027, 4, "Amager Vest")).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertDirectly(2027, 2, "Amager Vest")).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertDirectly(2027, 0, "Amager Vest")).isInstanceOf(DataIntegrityViolationException.class);

        assertThat(jdbc.sql("select area from area_dialogue where dialogue_year = 2027 order by year_slot")
                .query(String.class).list()).containsExactly("Nørrebro", "Valby", "Bispebjerg");
        assertThat(register.create(2028, "Amager Vest", "pi-next-year", SECRETARY)).as("another year has its own three")
                .isPositive();
    }

    @Test
    void ofTwoStartsAtTheSameMomentForTheYearsLastAreaOneIsRefused() throws Exception {
        start(2027L, "Nørrebro", "Valby", null);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ProcessInstance>> starts = new ArrayList<>();
            for (String area : List.of("Bispebjerg", "Amager Vest")) {
                starts.add(pool.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return start(2027L, area, null, null);
                }));
            }
            List<Throwable> refused = new ArrayList<>();
            for (Future<ProcessInstance> started : starts) {
                try {
                    started.get(60, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    refused.add(e.getCause());
                }
            }
            // whichever way the two interleave (the count read before or after the other's insert), one is refused
            assertThat(refused).singleElement().isInstanceOf(BadUserRequestException.class).extracting(Throwable::getMessage)
                    .asString().contains("højst 3 områder om året");
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select year_slot from area_dialogue where dialogue_year = 2027 order by year_slot")
                .query(Integer.class).list()).containsExactly(1, 2, 3);
    }

    private void insertDirectly(int year, int slot, String area) {
        jdbc.sql("""
                insert into area_dialogue (dialogue_year, year_slot, area, process_instance_id, created_by, created_at)
                values (:year, :slot, :area, 'pi-direct', 'sekretaer', current_timestamp)""")
                .param("year", year).param("slot", slot).param("area", area).update();
    }

    private ProcessInstance start(Object year, String area1, String area2, String area3) {
        Map<String, Object> form = new HashMap<>();
        form.put(Var.YEAR, year);
        form.put(Var.AREA_1, area1);
        form.put(Var.AREA_2, area2);
        form.put(Var.AREA_3, area3);
        actAs(SECRETARY);
        try {
            return runtimeService.startProcessInstanceByKey(AreaDialogueProcess.PROCESS_KEY, form);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void plan(Task task, String date, String time, String location, List<String> forvaltninger, String note) {
        Map<String, Object> form = new HashMap<>();
        form.put(Var.MEETING_DATE, date);
        form.put(Var.MEETING_TIME, time);
        form.put(Var.MEETING_LOCATION, location);
        form.put(Var.FORVALTNINGER, JsonVariables.json(forvaltninger));
        form.put(Var.INVITATION_NOTE, note);
        complete(task, form);
    }

    private void assertRefused(Task task, String date, String time, List<String> forvaltninger, String message) {
        assertThatThrownBy(() -> plan(task, date, time, "Beboerhuset", forvaltninger, null))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining(message);
    }

    private void complete(Task task, Map<String, Object> form) {
        actAs(SECRETARY);
        try {
            taskService.complete(task.getId(), form);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private Task task(String name) {
        return taskService.createTaskQuery().processDefinitionKey(AreaDialogueProcess.PROCESS_KEY).taskName(name)
                .singleResult();
    }

    private long areaDialogueId(String area) {
        return jdbc.sql("select id from area_dialogue where area = :area").param("area", area).query(Long.class).single();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
