package dk.kk.almenstyring.wheel;

import java.time.Instant;

/** A planned meeting as recorded: its plan, time and place, when it is called, and the meeting it became. */
public record PlanRow(long id, long planId, int planYear, String forumKey, Instant startsAt, Instant endsAt,
        String location, Instant callAt, Long meetingId, Instant calledAt) {

    /** The feed's UID: one per planned meeting, for the life of the plan, whatever happens to the meeting. */
    public String calendarUid() {
        return "aarshjul-" + planYear + "-" + id + "@almen-styring.kk.dk";
    }
}
