package dk.kk.almenstyring.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.calendar.WorkingDays;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.common.JsonVariables;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * What the people do with the tasks Tasklist shows them, as the browser suite does it: each task is done by a member
 * of a group it is offered to, with the values its Camunda Form would send. Tasks that stay open by design (move or
 * cancel the meeting, revise an agreement in force) and the proposal and comment tasks beyond a meeting's share are
 * left open. A task of a kind the bench does not know fails the run: a new model needs its people here.
 */
final class SimulatedPeople {

    /** What became of a task. */
    enum Outcome { COMPLETED, LEFT_OPEN }

    private static final List<String> THEMES = List.of("udlejning", "klima", "tryghed", "boligsocial", "beskaeftigelse",
            "aeldreboliger", "boern", "omraadefornyelse");
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ProcessEngine engine;
    private final Users users;
    private final int lastYear;
    private final WorkingDays workingDays;
    private int dialogueNumber;
    private int dialogueAnswer;
    private int reports;
    private final Map<String, Integer> proposalsPerMeeting = new HashMap<>();
    private int proposalNumber;
    private int meetingNumber;
    private int accessionNumber;
    private int adjustmentYear;

    SimulatedPeople(ProcessEngine engine, Users users, WorkingDays workingDays, int lastYear) {
        this.engine = engine;
        this.workingDays = workingDays;
        this.users = users;
        this.lastYear = lastYear;
    }

    Outcome work(Task task, String processKey) {
        String kind = processKey + ":" + task.getTaskDefinitionKey();
        return switch (kind) {
            case "meeting-cycle:Task_ChangeMeeting", "delaftale:Task_ReviseActive" -> Outcome.LEFT_OPEN;
            case "aarshjul:Task_ReviewPlan" -> reviewPlan(task);
            case "omraadedialog:Task_PlanAreaMeeting" -> complete(task, areaMeeting());
            case "omraadedialog:Task_ReportAreaMeeting" -> complete(task, Map.of("areaReport",
                    "Tryghed og udlejning drøftet; TMF følger op med organisationerne."));
            case "aarlig-evaluering:Task_CompileEvaluation" -> complete(task, evaluation(task));
            case "styringsdialog-moede:Task_BookMeeting" -> complete(task, booking());
            case "styringsdialog-moede:Task_ProposeAgendaItems" -> complete(task, dialogueAgendaItems());
            case "styringsdialog-moede:Task_RecordReport" -> complete(task, dialogueReport(task));
            case "styringsdialog:Task_SummariseRound" -> complete(task, Map.of("roundSummary",
                    "Organisationerne er på rette vej med de fleste mål; tryghed kræver en fælles indsats."));
            case "meeting-cycle:Task_ProposeAgendaItem" -> propose(task);
            case "meeting-cycle:Task_PrepareAgenda" -> complete(task, prepareAgenda(task));
            case "meeting-cycle:Task_RecordMinutes" -> complete(task, minutes(task));
            case "meeting-cycle:Task_SubmitComment" -> comment(task);
            case "meeting-cycle:Task_IncorporateComments" -> complete(task, Map.of("finalMinutesText",
                    "Endeligt referat med bemærkningerne indarbejdet."));
            case "agenda-proposal:Task_ReviewLateProposal" -> complete(task, Map.of("lateProposalDecision", "accept",
                    "responsible", "TMF"));
            case "hovedaftale:Task_DraftHovedaftale", "hovedaftale:Task_ReviseForBmf", "hovedaftale:Task_ReviseDraft" ->
                    complete(task, hovedaftaleContent(task));
            case "hovedaftale:Task_DecideAdjustment" -> complete(task, adjustment());
            case "agreement-approval:Task_ApproveBR", "agreement-approval:Task_ApproveBL" -> complete(task, approval(task));
            case "accession:Task_AnswerAccession" -> complete(task, accession());
            case "delaftale:Task_ReviseDraft" -> complete(task, Map.of("revisionAction", "revise",
                    "revisionReason", "Tilpasset efter Samarbejdsforums drøftelse", "theme", "udlejning",
                    "goals", JsonVariables.json(List.of(goal("Kortere venteliste", "Ventelisten er under 200 husstande"))),
                    "agreementBody", "Parterne er enige om følgende."));
            case "enkeltaftale:Task_ForvaltningAgrees", "enkeltaftale:Task_OrganisationAgrees" -> complete(task,
                    Map.of("agreementDecision", "AGREED", "caseReference", "SAG-" + today().getYear() + "-" + task.getId()));
            case "enkeltaftale:Task_ForvaltningFollowUp", "enkeltaftale:Task_OrganisationFollowUp" -> complete(task,
                    followUp());
            default -> throw new BenchFailure("the bench does not know how to do the task '" + task.getName() + "' ("
                    + kind + "); add it to " + SimulatedPeople.class.getSimpleName());
        };
    }

    // --- the year ------------------------------------------------------------------------------------------------

    /** The wheel's plan as proposed; a plan for a year after the simulated ones waits. */
    private Outcome reviewPlan(Task task) {
        Object plan = engine.getTaskService().getVariable(task.getId(), "plannedMeetings");
        if (Integer.parseInt((String) engine.getTaskService().getVariable(task.getId(), "planYear")) > lastYear) {
            return Outcome.LEFT_OPEN;
        }
        return complete(task, Map.of("plannedMeetings", JsonVariables.json(JsonVariables.objects(plan))));
    }

    /** Six weeks on, on a weekday afternoon, with TMF and SOF. */
    private static Map<String, Object> areaMeeting() {
        LocalDate day = today().plusWeeks(6);
        while (day.getDayOfWeek().getValue() > 4) {
            day = day.plusDays(1);
        }
        return Map.of("meetingDate", day.format(DANISH_DATE), "meetingTime", "14.00", "meetingLocation", "Beboerhuset",
                "forvaltninger", JsonVariables.json(List.of("TMF", "SOF")), "invitationNote", "Vi drøfter tryghed og udlejning.");
    }

    /** Each organisation books its dialogue three to six weeks on, on a working day in the window. */
    private Map<String, Object> booking() {
        dialogueNumber++;
        LocalDate day = today().plusWeeks(3).plusDays(dialogueNumber % 21);
        while (!workingDays.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return Map.of("meetingDate", day.format(DANISH_DATE), "meetingTime", "10.00", "meetingLocation", "Organisationens kontor");
    }

    /** Every forvaltning answers; two of three take part, with an item. */
    private Map<String, Object> dialogueAgendaItems() {
        dialogueAnswer++;
        return dialogueAnswer % 3 == 0 ? Map.of("takesPart", "NEJ")
                : Map.of("takesPart", "JA", "agendaItemsText", "Status på samarbejdet om tryghed og udlejning.");
    }

    /**
     * TMF's report (S2): every goal of the agreements in force for the organisation on track but every third, with a
     * comment; every fourth report starts an enkeltaftale under the first agreement it assesses (A7).
     */
    private Map<String, Object> dialogueReport(Task task) {
        List<Map<String, Object>> goals = new ArrayList<>(JsonVariables.objects(
                engine.getTaskService().getVariable(task.getId(), "goalAssessments")));
        for (int i = 0; i < goals.size(); i++) {
            boolean onTrack = i % 3 != 2;
            goals.get(i).put("onTrack", onTrack ? "ON_TRACK" : "NOT_ON_TRACK");
            goals.get(i).put("comment", onTrack ? "" : "Målet kræver en særlig indsats i afdelingen.");
        }
        reports++;
        List<Map<String, Object>> enkeltaftaler = new ArrayList<>();
        if (reports % 4 == 0 && !goals.isEmpty()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("title", "Enkeltaftale fra styringsdialogen " + reports);
            row.put("forvaltning", "SOF");
            row.put("parentAgreementId", goals.get(0).get("agreementId"));
            row.put("goal", "Flere unge i job");
            row.put("successCriterion", "20 unge i job inden for et år");
            enkeltaftaler.add(row);
        }
        Map<String, Object> vars = new HashMap<>();
        vars.put("goalAssessments", JsonVariables.json(goals));
        vars.put("reportText", "Organisationen er godt på vej; tryghed og udlejning drøftet.");
        vars.put("newEnkeltaftaler", JsonVariables.json(enkeltaftaler));
        if (!enkeltaftaler.isEmpty()) {
            vars.put("enkeltaftaleFollowUpDate", today().plusMonths(6).format(DANISH_DATE));
        }
        return vars;
    }

    /** Every goal of the hovedaftale in force with a status (every third not on track) and a comment (S5). */
    private Map<String, Object> evaluation(Task task) {
        List<Map<String, Object>> goals = new ArrayList<>(JsonVariables.objects(
                engine.getTaskService().getVariable(task.getId(), "goalStatuses")));
        for (int i = 0; i < goals.size(); i++) {
            goals.get(i).put("status", i % 3 == 2 ? "NOT_ON_TRACK" : "ON_TRACK");
            goals.get(i).put("comment", i % 3 == 2 ? "Målet nås ikke uden en ny indsats." : "Udviklingen går som aftalt.");
        }
        return Map.of("goalStatuses", JsonVariables.json(goals), "conclusion", "Hovedaftalen virker efter hensigten.");
    }

    // --- meetings ------------------------------------------------------------------------------------------------

    /** SF and TKS members propose two items a meeting, PSF's one; then the task waits for the deadline. */
    private Outcome propose(Task task) {
        String forum = (String) engine.getTaskService().getVariable(task.getId(), "forumKey");
        int share = "PSF".equals(forum) ? 1 : 2;
        int made = proposalsPerMeeting.merge(task.getProcessInstanceId(), 1, Integer::sum) - 1;
        if (made >= share) {
            return Outcome.LEFT_OPEN;
        }
        proposalNumber++;
        String theme = THEMES.get(proposalNumber % THEMES.size());
        Map<String, Object> vars = new HashMap<>();
        vars.put("proposalTitle", "Forslag " + proposalNumber + " om " + theme);
        vars.put("proposalDescription", "Baggrund og indstilling til drøftelse.");
        vars.put("proposalTheme", theme);
        String user = users.memberOf(task, proposalNumber);
        users.forvaltningOf(user).ifPresent(forvaltning -> vars.put("proposerForvaltning", forvaltning));
        users.complete(task, user, vars);
        return Outcome.COMPLETED;
    }

    /** The prefilled agenda as it stands, each item given a responsible forvaltning where it has none (F5). */
    private Map<String, Object> prepareAgenda(Task task) {
        List<Map<String, Object>> items = new ArrayList<>(JsonVariables.objects(
                engine.getTaskService().getVariable(task.getId(), "agendaItems")));
        if (items.isEmpty()) {
            items.add(item("Orientering fra sekretariatet"));
        }
        items.forEach(item -> {
            Object responsible = item.get("responsible");
            if (responsible == null || responsible.toString().isBlank()) {
                item.put("responsible", "TMF");
            }
        });
        return Map.of("agendaItems", JsonVariables.json(items));
    }

    /** Attendance, a decision per item and, on an agreement item, enighed. */
    private Map<String, Object> minutes(Task task) {
        var taskService = engine.getTaskService();
        List<Map<String, Object>> decisions = new ArrayList<>(JsonVariables.objects(taskService.getVariable(task.getId(), "decisions")));
        decisions.forEach(line -> {
            line.put("decision", "Drøftet; forummet tiltræder indstillingen.");
            if (Boolean.TRUE.equals(line.get("agreementItem"))) {
                line.put("outcome", "AGREED");
            }
        });
        List<String> present = JsonVariables.objects(taskService.getVariable(task.getId(), "memberOptions")).stream()
                .map(option -> (String) option.get("value")).limit(4).toList();
        meetingNumber++;
        return Map.of("attendance", JsonVariables.json(present), "decisions", JsonVariables.json(decisions),
                "minutesText", "Referat af mødet (" + meetingNumber + ").");
    }

    /** Every other meeting a member comments on the minutes; the secretariat then incorporates it. */
    private Outcome comment(Task task) {
        if (meetingNumber % 2 == 1 || proposalsPerMeeting.merge("comment:" + task.getProcessInstanceId(), 1, Integer::sum) > 1) {
            return Outcome.LEFT_OPEN;
        }
        users.complete(task, users.memberOf(task, meetingNumber), Map.of("commentText", "Punkt 1 bør præciseres."));
        return Outcome.COMPLETED;
    }

    // --- agreements ----------------------------------------------------------------------------------------------

    private static Map<String, Object> hovedaftaleContent(Task task) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("themes", "Udlejning, fremtidssikring, tryghed og trivsel");
        vars.put("goals", JsonVariables.json(List.of(goal("Flere unge i uddannelse", "5 procentpoint flere unge i uddannelse"),
                goal("Tryghed i de almene boligområder", "Tryghedsindekset forbedres i alle udsatte områder"))));
        vars.put("body", "Parterne er enige om følgende.");
        vars.put("documents", JsonVariables.json(List.of(Map.of("name", "Baggrundsnotat", "reference", "2027-0012345"))));
        if (!"Task_DraftHovedaftale".equals(task.getTaskDefinitionKey())) {
            vars.put("revisionReason", "Tilpasset efter forummets drøftelse");
        }
        return vars;
    }

    /** PSF adjusts the priorities in the second year of a period and keeps them otherwise. */
    private Map<String, Object> adjustment() {
        adjustmentYear++;
        if (adjustmentYear != 2) {
            return Map.of("adjust", "no");
        }
        return Map.of("adjust", "yes", "themes", "Udlejning, tryghed og klimatilpasning",
                "goals", JsonVariables.json(List.of(goal("Klimatilpassede afdelinger", "Alle afdelinger har en klimaplan i 2030"))),
                "body", "Parterne justerer prioriteringerne.", "revisionReason", "Justering efter den årlige evaluering");
    }

    private Map<String, Object> approval(Task task) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("approvalDecision", "APPROVED");
        vars.put("decidedOn", today().format(DANISH_DATE));
        vars.put("caseReference", task.getTaskDefinitionKey().substring(12) + "-" + today().getYear() + "-" + task.getId());
        return vars;
    }

    /** Every organisation accedes but every fifth, which declines with a reason. */
    private Map<String, Object> accession() {
        accessionNumber++;
        return accessionNumber % 5 == 0
                ? Map.of("accessionAnswer", "DECLINED", "declineReason", "Bestyrelsen har ikke kunnet tiltræde i år.")
                : Map.of("accessionAnswer", "ACCEDED");
    }

    /** Follow-up: continue half a year on. */
    private Map<String, Object> followUp() {
        return Map.of("followUpNote", "Indsatsen forløber som aftalt.", "followUpAction", "continue",
                "nextFollowUpDate", today().plusMonths(6).format(DANISH_DATE));
    }

    private Outcome complete(Task task, Map<String, Object> vars) {
        users.complete(task, users.memberOf(task, 0), vars);
        return Outcome.COMPLETED;
    }

    static Map<String, Object> goal(String goal, String criterion) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("goal", goal);
        g.put("successCriterion", criterion);
        return g;
    }

    private static Map<String, Object> item(String title) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("title", title);
        item.put("description", "");
        item.put("theme", "udlejning");
        item.put("responsible", "TMF");
        return item;
    }

    static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(DanishText.COPENHAGEN).toLocalDate();
    }
}
