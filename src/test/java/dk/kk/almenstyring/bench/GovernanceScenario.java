package dk.kk.almenstyring.bench;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.calendar.WorkingDays;
import dk.kk.almenstyring.charter.ForumCharters;
import dk.kk.almenstyring.meeting.MeetingCycle;
import org.springframework.context.ApplicationContext;

/** What happens in the simulated years, and when: the plan {@link GovernanceSimulation} runs. */
final class GovernanceScenario {

    static final String SECRETARIAT = "sekretaer";

    private final GovernanceSimulation simulation;
    private final List<MeetingPlan.PlannedMeeting> meetings;

    GovernanceScenario(GovernanceSimulation simulation, ApplicationContext context, int firstYear, int years) {
        this.simulation = simulation;
        this.meetings = MeetingPlan.forYears(firstYear, years, context.getBean(ForumCharters.class),
                context.getBean(WorkingDays.class));
    }

    /** The first day anything happens: the first meeting-cycle's start. */
    LocalDate firstDay() {
        return meetings.get(0).startOn();
    }

    int meetingCount() {
        return meetings.size();
    }

    void planMeetings() {
        for (MeetingPlan.PlannedMeeting meeting : meetings) {
            simulation.plan(meeting.startOn(), meeting.forumKey() + " " + meeting.day(), () -> {
                Map<String, Object> vars = new HashMap<>();
                vars.put(MeetingCycle.Var.FORUM_KEY, meeting.forumKey());
                vars.put(MeetingCycle.Var.MEETING_DATE, meeting.day().toString());
                vars.put(MeetingCycle.Var.MEETING_TIME, meeting.time());
                simulation.start(SECRETARIAT, MeetingCycle.PROCESS_KEY, vars);
            });
        }
    }
}
