package dk.kk.almenstyring.wheel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.calendar.WorkingDays;
import dk.kk.almenstyring.charter.ForumCharter;
import dk.kk.almenstyring.charter.ForumCharters;
import dk.kk.almenstyring.common.CurrentUser;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.common.FormValues;
import dk.kk.almenstyring.common.JsonVariables;
import dk.kk.almenstyring.wheel.AnnualWheelProcess.Var;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * The årshjul's steps: propose the year's plan from the wheel, record the plan the secretariat approved (after
 * {@link PlanRules}), and say when each planned meeting is to be called.
 */
@Service
public class AnnualPlanner {

    /** One årshjul per year: its business key is this and the year ("aarshjul-2028"). */
    static final String PROCESS_BUSINESS_KEY_PREFIX = "aarshjul-";

    private final AnnualWheel wheel;
    private final PlanRules rules;
    private final AnnualPlanRepository plans;
    private final ForumCharters charters;
    private final WorkingDays workingDays;
    private final CurrentUser currentUser;
    private final RuntimeService runtimeService;

    public AnnualPlanner(AnnualWheel wheel, PlanRules rules, AnnualPlanRepository plans, ForumCharters charters,
            WorkingDays workingDays, CurrentUser currentUser, @Lazy RuntimeService runtimeService) {
        this.wheel = wheel;
        this.rules = rules;
        this.plans = plans;
        this.charters = charters;
        this.workingDays = workingDays;
        this.currentUser = currentUser;
        this.runtimeService = runtimeService;
    }

    /**
     * Proposes the plan of the year asked for (start form) or of next year (the yearly timer). A person asking for a
     * year in the past, far ahead, already approved or already under review is refused at the start form; the timer
     * finds such a year already planned and ends quietly.
     */
    public void propose(DelegateExecution execution) {
        boolean byPerson = execution.getVariable(Var.INITIATOR) != null;
        int thisYear = EngineClock.now().atZone(DanishText.COPENHAGEN).getYear();
        int year = byPerson ? year(execution.getVariable(Var.PLAN_YEAR), thisYear) : thisYear + 1;
        String businessKey = PROCESS_BUSINESS_KEY_PREFIX + year;
        String alreadyPlanned = null;
        if (plans.exists(year)) {
            alreadyPlanned = "Årshjulet for " + year + " er allerede godkendt.";
        } else if (runtimeService.createProcessInstanceQuery().processDefinitionKey(AnnualWheelProcess.PROCESS_KEY)
                .processInstanceBusinessKey(businessKey).count() > 0) {
            alreadyPlanned = "Årshjulet for " + year + " er allerede lagt frem til godkendelse i Tasklist.";
        }
        if (alreadyPlanned != null && byPerson) {
            throw new BadUserRequestException(alreadyPlanned);
        }
        execution.setVariable(Var.PLAN_YEAR, String.valueOf(year));
        execution.setVariable(Var.TASK_SUBJECT, "Årshjul " + year);
        execution.setVariable(Var.ALREADY_PLANNED, alreadyPlanned != null);
        if (alreadyPlanned == null) {
            execution.setProcessBusinessKey(businessKey);
            execution.setVariable(Var.PLANNED_MEETINGS,
                    JsonVariables.json(wheel.propose(year).stream().map(PlannedMeeting::formItem).toList()));
        }
    }

    private static int year(Object typed, int thisYear) {
        // the start form's number field sends a number; the REST API may send text
        String text = typed instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                ? String.valueOf(n.longValue()) : FormValues.text(typed);
        if (text == null || !text.matches("\\d{4}")) {
            throw new BadUserRequestException("Året '" + (text == null ? "" : text) + "' er ikke et årstal. Skriv fx "
                    + (thisYear + 1) + ".");
        }
        int year = Integer.parseInt(text);
        if (year < thisYear) {
            throw new BadUserRequestException("Året " + year + " er forbi. Årshjulet lægges for i år eller et kommende år.");
        }
        if (year > thisYear + 2) {
            throw new BadUserRequestException("Årshjulet lægges højst to år frem; " + year + " er for langt ude.");
        }
        return year;
    }

    /**
     * Records the approved plan in the transaction of the review form: a plan that breaks a rule is refused there,
     * the task stays open and nothing is recorded.
     */
    public void record(DelegateExecution execution) {
        int year = Integer.parseInt((String) execution.getVariable(Var.PLAN_YEAR));
        Instant now = EngineClock.now();
        List<Map<String, Object>> items = JsonVariables.objects(execution.getVariable(Var.PLANNED_MEETINGS));
        List<PlannedMeeting> plan = rules.approvable(year, items, now);
        if (plans.exists(year)) {
            throw new BadUserRequestException("Årshjulet for " + year + " er allerede godkendt.");
        }
        List<AnnualPlanRepository.NewPlanRow> rows = plan.stream().map(m -> newRow(m, now)).toList();
        long planId = plans.record(year, execution.getProcessInstanceId(), currentUser.id(), now, rows);
        execution.setVariable(Var.PLAN_ID, planId);
    }

    private AnnualPlanRepository.NewPlanRow newRow(PlannedMeeting m, Instant now) {
        ForumCharter charter = charters.get(m.forumKey());
        Instant start = m.date().atTime(m.time()).atZone(DanishText.COPENHAGEN).toInstant();
        return new AnnualPlanRepository.NewPlanRow(charter.key(), start, start.plus(charter.meetingDuration()),
                m.location(), callAt(charter, m.date(), now));
    }

    /**
     * When a planned meeting is called: the margin before its notice period (or its proposal deadline, if that
     * reaches further back) begins, on the working day on or before, at the wheel's hour; at once if that has passed.
     */
    Instant callAt(ForumCharter charter, LocalDate meetingDay, Instant now) {
        LocalDate firstNeeded = meetingDay.minus(charter.noticePeriod());
        if (charter.proposalDeadline() != null && meetingDay.minus(charter.proposalDeadline()).isBefore(firstNeeded)) {
            firstNeeded = meetingDay.minus(charter.proposalDeadline());
        }
        LocalDate day = workingDays.onOrBefore(firstNeeded.minus(wheel.callMargin()));
        Instant at = day.atTime(wheel.proposeAt()).atZone(DanishText.COPENHAGEN).toInstant();
        return at.isBefore(now) ? now : at;
    }

    // --- used by expressions in processes/aarshjul.bpmn ------------------------------------------------------

    /** The multi-instance collection: the ids of the plan's meetings. */
    public List<Long> meetingIds(long planId) {
        return plans.rowsOfPlan(planId).stream().map(PlanRow::id).toList();
    }

    /** The timer of one planned meeting. */
    public java.util.Date callAt(long plannedMeetingId) {
        return java.util.Date.from(plans.find(plannedMeetingId).orElseThrow().callAt());
    }
}
