package dk.kk.almenstyring.wheel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.CoverageExcludes;
import dk.kk.almenstyring.ProcessTestSupport;
import dk.kk.almenstyring.calendar.WorkingDays;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.common.JsonVariables;
import dk.kk.almenstyring.meeting.Meeting;
import dk.kk.almenstyring.meeting.MeetingCycle;
import dk.kk.almenstyring.meeting.MeetingRepository;
import dk.kk.almenstyring.wheel.AnnualWheelProcess.Element;
import dk.kk.almenstyring.wheel.AnnualWheelProcess.Item;
import dk.kk.almenstyring.wheel.AnnualWheelProcess.Var;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path through aarshjul: proposed, refused for each rule, approved and called in time, started by the yearly timer. */
// The yearly timer's test follows the timer to wherever earlier classes' clocks left it (2099 after the styringsdialog's
// timer test), and on its way the styringsdialog's own yearly timer may start a round: those models are not this
// class's to cover.
@CoverageExcludes({"meeting-cycle", "agenda-proposal", "styringsdialog-aarlig-start", "styringsdialog",
        "styringsdialog-moede"})
class AnnualWheelProcessTest extends ProcessTestSupport {

    static final String SECRETARY = "sekretaer";

    @Autowired
    AnnualPlanRepository plans;
    @Autowired
    MeetingRepository meetings;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    RepositoryService repositoryService;

    // --- proposal ---------------------------------------------------------------------------------------------

    @Test
    void theWheelProposesEveryForumsMeetingsOnMeetingDaysInItsUsualTimeAndPlace() {
        ProcessInstance pi = startPlan(2028L); // the start form's number field
        assertThat(pi).isWaitingAt(Element.REVIEW_PLAN);
        assertThat(pi.getBusinessKey()).isEqualTo("aarshjul-2028");
        assertThat(runtimeService.getVariable(pi.getId(), Var.TASK_SUBJECT)).isEqualTo("Årshjul 2028");
        Task review = task(Element.REVIEW_PLAN, pi);
        assertThat(review.getName()).isEqualTo("Gennemgå og godkend årshjulet: Årshjul 2028");
        assertThat(taskService.createTaskQuery().taskId(review.getId()).taskCandidateGroup("sekretariat").count()).isOne();

        List<Map<String, Object>> plan = plan(pi);
        assertThat(plan).extracting(m -> m.get(Item.FORUM_KEY)).filteredOn("BMF"::equals).hasSize(2);
        assertThat(plan).extracting(m -> m.get(Item.FORUM_KEY)).filteredOn("PSF"::equals).hasSize(1);
        assertThat(plan).extracting(m -> m.get(Item.FORUM_KEY)).filteredOn("TKS"::equals).hasSize(8);
        assertThat(plan).extracting(m -> m.get(Item.FORUM_KEY)).filteredOn("SF"::equals).hasSize(6);
        // primo maj: the first Tuesday–Thursday on or after the 5th (Friday 5 May 2028 → Tuesday 9 May)
        assertThat(meetingOf(plan, "PSF", 0)).containsEntry(Item.MEETING_DATE, "09.05.2028")
                .containsEntry(Item.MEETING_TIME, "15.00").containsEntry(Item.MEETING_LOCATION, "Københavns Rådhus");
        // ultimo januar: the last Tuesday–Thursday of the month (Monday 31 January 2028 → Thursday 27 January)
        assertThat(meetingOf(plan, "TKS", 0)).containsEntry(Item.MEETING_DATE, "27.01.2028")
                .containsEntry(Item.MEETING_TIME, "10.00");
        // primo juni: Monday 5 June is Grundlovsdag and no meeting day anyway → Tuesday 6 June
        assertThat(meetingOf(plan, "TKS", 3)).containsEntry(Item.MEETING_DATE, "06.06.2028");
        // medio juni: Thursday 15 June
        assertThat(meetingOf(plan, "SF", 3)).containsEntry(Item.MEETING_DATE, "15.06.2028");
        for (Map<String, Object> meeting : plan) {
            LocalDate day = LocalDate.parse((String) meeting.get(Item.MEETING_DATE), PlannedMeeting.DANISH_DATE);
            assertThat(day.getDayOfWeek()).as("%s", meeting).isIn(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
            assertThat(workingDays.isWorkingDay(day)).as("%s", meeting).isTrue();
        }
        assertThat(sharedMemberClashes(plan)).as("TKS and SF (tks), BMF and PSF (borgmestre) never on one day").isEmpty();
    }

    @Test
    void aYearInThePastAYearAlreadyUnderReviewAndATypoAreRefusedAtTheStartForm() {
        actAs(SECRETARY);
        assertThatThrownBy(() -> startPlan("2026")).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Året 2026 er forbi");
        assertThatThrownBy(() -> startPlan("20x8")).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("'20x8' er ikke et årstal");
        startPlan("2028");
        assertThatThrownBy(() -> startPlan("2028")).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Årshjulet for 2028 er allerede lagt frem til godkendelse");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(AnnualWheelProcess.PROCESS_KEY).count()).isOne();
    }

    // --- refusals: the task stays open, nothing is recorded ----------------------------------------------------

    @Test
    void aPlanOutsideACharterRangeIsRefused() {
        ProcessInstance pi = startPlan("2028");
        List<Map<String, Object>> plan = plan(pi);
        plan.remove(meetingOf(plan, "BMF", 1));
        for (String day : List.of("08.08.2028", "09.08.2028", "10.08.2028", "22.08.2028", "23.08.2028")) {
            plan.add(withDate(new LinkedHashMap<>(meetingOf(plan, "SF", 0)), day));
        }
        assertRefused(pi, plan, "Borgmesterforum holder efter kommissoriet 2 møder om året; planen har 1.",
                "Samarbejdsforum holder efter kommissoriet 4–6 møder om året; planen har 11.");

        List<Map<String, Object>> six = plan(pi);
        six.add(withDate(meetingOf(six, "SF", 0), "02.08.2028")); // Wednesday: SF's 7th
        assertRefused(pi, six, "Samarbejdsforum holder efter kommissoriet 4–6 møder om året; planen har 7.");
    }

    @Test
    void aPsfMeetingThatCannotBeCalledWithFourMonthsNoticeFromTheApprovalIsRefused() {
        ClockUtil.setCurrentTime(Date.from(at(LocalDate.of(2027, 10, 4), 9, 0)));
        ProcessInstance pi = startPlan("2028");
        // approved on Tuesday 4 January 2028: PSF needs 4 months, so 4 May 2028 at the earliest
        ClockUtil.setCurrentTime(Date.from(at(LocalDate.of(2028, 1, 4), 9, 0)));
        List<Map<String, Object>> plan = plan(pi);
        withDate(meetingOf(plan, "PSF", 0), "03.05.2028");
        assertRefused(pi, plan, "Møde " + (plan.indexOf(meetingOf(plan, "PSF", 0)) + 1)
                + " (Partnerskabsforum onsdag den 3. maj 2028) kan ikke indkaldes i tide: Partnerskabsforum indkaldes "
                + "med mindst 4 måneder varsel, så godkendes planen i dag, kan mødet tidligst ligge torsdag den 4. maj 2028.");

        withDate(meetingOf(plan, "PSF", 0), "04.05.2028");
        approve(pi, plan);
        assertThat(plans.rowsOfYear(2028)).filteredOn(r -> r.forumKey().equals("PSF")).singleElement()
                .extracting(PlanRow::startsAt).isEqualTo(at(LocalDate.of(2028, 5, 4), 15, 0));
    }

    @Test
    void twoMeetingsWithSharedMembersOnTheSameDayAreRefusedForumsWithoutAreNot() {
        ProcessInstance pi = startPlan("2028");
        List<Map<String, Object>> plan = plan(pi);
        withDate(meetingOf(plan, "TKS", 3), "15.06.2028"); // SF meets that day: tks sits in both
        assertRefused(pi, plan, "Den Tværkommunale Styregruppe og Samarbejdsforum mødes begge torsdag den 15. juni 2028, "
                + "og de har medlemmer til fælles (tks). Flyt et af møderne.");

        withDate(meetingOf(plan, "TKS", 3), "06.06.2028");
        String tksInOctober = (String) meetingOf(plan, "TKS", 6).get(Item.MEETING_DATE);
        withDate(meetingOf(plan, "BMF", 1), tksInOctober); // borgmestre and tks: no member in common
        approve(pi, plan);
        assertThat(plans.rowsOfYear(2028)).hasSize(17);
    }

    @Test
    void aMalformedDateADateInThePastAndADayOffAreRefused() {
        ProcessInstance pi = startPlan("2027");
        List<Map<String, Object>> plan = plan(pi);
        withDate(plan.get(0), "31.02.2027");
        assertRefused(pi, plan, "mødedatoen '31.02.2027' findes ikke i kalenderen");
        withDate(plan.get(0), "2027/02/11");
        assertRefused(pi, plan, "mødedatoen '2027/02/11' er ikke en gyldig dato");
        withDate(plan.get(0), "04.01.2027").put(Item.MEETING_TIME, "08.30");
        assertRefused(pi, plan, "Møde 1 (" + forumName(plan.get(0)) + " mandag den 4. januar 2027) ligger i fortiden.");
        withDate(plan.get(0), "29.03.2027").put(Item.MEETING_TIME, "10.00"); // 2. påskedag
        assertRefused(pi, plan, "Møde 1 (" + forumName(plan.get(0)) + " mandag den 29. marts 2027): ");
        withDate(plan.get(0), "11.02.2028");
        assertRefused(pi, plan, "ligger ikke i 2027.");
    }

    // --- approved: each meeting is called by itself in time ----------------------------------------------------

    @Test
    void anApprovedPlanCallsEachMeetingInTimeForItsNoticeAndLinksIt() throws Exception {
        ProcessInstance pi = startPlan("2028");
        actAs(SECRETARY);
        approve(pi, plan(pi));
        identityService.clearAuthentication();
        assertThat(plans.exists(2028)).isTrue();
        assertThat(pi).isWaitingAt(Element.TIME_TO_CALL);
        assertThat(plans.rowsOfYear(2028)).hasSize(17).allSatisfy(r -> assertThat(r.meetingId()).isNull());
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(MeetingCycle.PROCESS_KEY).count()).isZero();

        // PSF, Tuesday 9 May 2028 15:00: 4 months' notice from 9 January, a week's margin → Sunday 2 January,
        // Friday 31 December is a closing day → Thursday 30 December 2027 at 08:00
        PlanRow psf = plans.rowsOfYear(2028).stream().filter(r -> r.forumKey().equals("PSF")).findFirst().orElseThrow();
        Instant callPsf = at(LocalDate.of(2027, 12, 30), 8, 0);
        assertThat(psf.callAt()).isEqualTo(callPsf);
        moveClockTo(callPsf.minusSeconds(60));
        assertThat(plans.find(psf.id()).orElseThrow().meetingId()).as("not before its time").isNull();
        assertThat(mailsTo("bl-fsb@")).isEmpty();

        moveClockTo(callPsf);
        Long meetingId = plans.find(psf.id()).orElseThrow().meetingId();
        assertThat(meetingId).as("called by then").isNotNull();
        Meeting meeting = meetings.get(meetingId);
        assertThat(meeting.forumKey()).isEqualTo("PSF");
        assertThat(meeting.startsAt()).isEqualTo(at(LocalDate.of(2028, 5, 9), 15, 0));
        assertThat(meeting.location()).isEqualTo("Københavns Rådhus");
        assertThat(meeting.createdBy()).as("called in the name of the one who approved the plan").isEqualTo(SECRETARY);
        assertThat(meeting.proposalDeadline()).as("proposals are called, with the deadline ahead (F3)").isAfter(callPsf);
        assertThat(mailsTo("bl-fsb@")).as("PSF's members are invited").hasSize(1);
        assertThat(body(mailsTo("bl-fsb@").get(0))).contains("tirsdag den 9. maj 2028");
        assertThat(plans.rowsOfYear(2028)).filteredOn(r -> r.meetingId() != null).hasSize(1);
        // the yearly timer fired on 1 October 2027 meanwhile and found 2028 planned
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(AnnualWheelProcess.PROCESS_KEY).count())
                .as("only the approved plan runs").isOne();

        // TKS, Thursday 27 January 2028 10:00: 2 weeks' notice, 10 days for proposals (13 January), a week's margin
        PlanRow tks = plans.rowsOfYear(2028).get(0);
        assertThat(tks.forumKey()).isEqualTo("TKS");
        Instant callTks = at(LocalDate.of(2028, 1, 6), 8, 0);
        assertThat(tks.callAt()).isEqualTo(callTks);
        moveClockTo(callTks.minusSeconds(60));
        assertThat(plans.find(tks.id()).orElseThrow().meetingId()).isNull();
        moveClockTo(callTks);
        assertThat(plans.find(tks.id()).orElseThrow().meetingId()).isNotNull();

        // the job executor runs each timer when it is due; the rest of the year, one call after the other
        for (PlanRow row : plans.rowsOfYear(2028).stream().sorted(java.util.Comparator.comparing(PlanRow::callAt)).toList()) {
            if (row.callAt().isAfter(callTks)) {
                moveClockTo(row.callAt());
            }
        }
        assertThat(plans.rowsOfYear(2028)).allSatisfy(r -> assertThat(r.meetingId()).as("%s", r).isNotNull());
        assertThat(pi).hasPassed(Element.PLAN_CARRIED_OUT).isEnded();
    }

    // --- the yearly timer -------------------------------------------------------------------------------------

    @Test
    void theWheelStartsByItselfOnFirstOctoberForTheNextYear() {
        Job timer = yearlyTimer();
        ZonedDateTime due = timer.getDuedate().toInstant().atZone(DanishText.COPENHAGEN);
        assertThat(due.getMonthValue()).isEqualTo(10);
        assertThat(due.getDayOfMonth()).isEqualTo(1);
        assertThat(due.toLocalTime()).isEqualTo(java.time.LocalTime.of(8, 0));
        int year = due.getYear();

        moveClockTo(due.toInstant().minusSeconds(60));
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(AnnualWheelProcess.PROCESS_KEY).count())
                .as("not before 1 October").isZero();
        moveClockTo(due.toInstant());
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processDefinitionKey(AnnualWheelProcess.PROCESS_KEY)
                .singleResult();
        assertThat(pi).as("by 1 October").isNotNull().isWaitingAt(Element.REVIEW_PLAN);
        assertThat(runtimeService.getVariable(pi.getId(), Var.PLAN_YEAR)).isEqualTo(String.valueOf(year + 1));
        assertThat(pi.getBusinessKey()).isEqualTo("aarshjul-" + (year + 1));
        assertThat(yearlyTimer().getDuedate().toInstant().atZone(DanishText.COPENHAGEN).getYear()).as("next year's").isEqualTo(year + 1);
    }

    @Test
    void theYearlyTimerEndsQuietlyWhenTheYearIsAlreadyUnderReview() {
        Job timer = yearlyTimer();
        int year = timer.getDuedate().toInstant().atZone(DanishText.COPENHAGEN).getYear();
        ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().minusSeconds(3600)));
        ProcessInstance byHand = startPlan(String.valueOf(year + 1));
        moveClockTo(timer.getDuedate().toInstant());
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(AnnualWheelProcess.PROCESS_KEY).list())
                .extracting(ProcessInstance::getId).containsExactly(byHand.getId());
        assertThat(historyService().createHistoricActivityInstanceQuery().activityId(Element.ALREADY_PLANNED).count()).isOne();
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private org.camunda.bpm.engine.HistoryService historyService() {
        return engine.getHistoryService();
    }

    private Job yearlyTimer() {
        String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(AnnualWheelProcess.YEARLY_PROCESS_KEY)
                .latestVersion().singleResult().getId();
        return managementService.createJobQuery().processDefinitionId(definitionId).timers().singleResult();
    }

    private ProcessInstance startPlan(Object year) {
        actAs(SECRETARY);
        try {
            return runtimeService.startProcessInstanceByKey(AnnualWheelProcess.PROCESS_KEY, Map.of(Var.PLAN_YEAR, year));
        } finally {
            identityService.clearAuthentication();
        }
    }

    private List<Map<String, Object>> plan(ProcessInstance pi) {
        return new ArrayList<>(JsonVariables.objects(runtimeService.getVariable(pi.getId(), Var.PLANNED_MEETINGS)));
    }

    private void approve(ProcessInstance pi, List<Map<String, Object>> plan) {
        actAs(SECRETARY);
        try {
            taskService.complete(task(Element.REVIEW_PLAN, pi).getId(), Map.of(Var.PLANNED_MEETINGS, JsonVariables.json(plan)));
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void assertRefused(ProcessInstance pi, List<Map<String, Object>> plan, String... reasons) {
        var refusal = assertThatThrownBy(() -> approve(pi, plan)).isInstanceOf(BadUserRequestException.class);
        for (String reason : reasons) {
            refusal.hasMessageContaining(reason);
        }
        assertThat(pi).isWaitingAt(Element.REVIEW_PLAN);
        assertThat(jdbc.sql("select count(*) from annual_plan").query(Long.class).single()).as("nothing recorded").isZero();
        assertThat(jdbc.sql("select count(*) from annual_plan_meeting").query(Long.class).single()).isZero();
    }

    private static Map<String, Object> meetingOf(List<Map<String, Object>> plan, String forumKey, int index) {
        return plan.stream().filter(m -> forumKey.equals(m.get(Item.FORUM_KEY))).skip(index).findFirst().orElseThrow();
    }

    private static Map<String, Object> withDate(Map<String, Object> meeting, String date) {
        meeting.put(Item.MEETING_DATE, date);
        return meeting;
    }

    private static String forumName(Map<String, Object> meeting) {
        return Map.of("BMF", "Borgmesterforum", "PSF", "Partnerskabsforum", "TKS", "Den Tværkommunale Styregruppe",
                "SF", "Samarbejdsforum").get((String) meeting.get(Item.FORUM_KEY));
    }

    private static List<String> sharedMemberClashes(List<Map<String, Object>> plan) {
        Map<String, List<String>> groups = Map.of("BMF", List.of("borgmestre"), "PSF", List.of("borgmestre", "bl-psf"),
                "TKS", List.of("tks"), "SF", List.of("bl-sf", "llo", "tks"));
        List<String> clashes = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            for (int j = i + 1; j < plan.size(); j++) {
                Map<String, Object> a = plan.get(i);
                Map<String, Object> b = plan.get(j);
                if (a.get(Item.MEETING_DATE).equals(b.get(Item.MEETING_DATE))
                        && groups.get((String) a.get(Item.FORUM_KEY)).stream().anyMatch(groups.get((String) b.get(Item.FORUM_KEY))::contains)) {
                    clashes.add(a + " / " + b);
                }
            }
        }
        return clashes;
    }
}
