package dk.kk.almenstyring.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Meetings, their changes, agenda items, decisions and attendance. */
@Repository
public class MeetingRepository {

    private final JdbcClient jdbc;

    public MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String forumKey, MeetingSchedule schedule, String location, String extraordinaryReason,
            String processInstanceId, String createdBy, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into meeting (forum_key, starts_at, ends_at, location, status, extraordinary_reason,
                    process_instance_id, proposal_deadline, agenda_deadline, minutes_deadline, created_by, created_at)
                values (:forum, :start, :end, :location, 'PLANNED', :reason, :pid, :proposal, :agenda, :minutes, :by, :now)""")
                .param("forum", forumKey).param("start", ts(schedule.start())).param("end", ts(schedule.end()))
                .param("location", location).param("reason", extraordinaryReason).param("pid", processInstanceId)
                .param("proposal", ts(schedule.proposalDeadline())).param("agenda", ts(schedule.agendaDeadline()))
                .param("minutes", ts(schedule.minutesDeadline())).param("by", createdBy).param("now", ts(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Meeting> find(long id) {
        return jdbc.sql("select * from meeting where id = :id").param("id", id).query(MeetingRepository::meeting).optional();
    }

    public Meeting get(long id) {
        return find(id).orElseThrow(() -> new MeetingNotFoundException(id));
    }

    public List<Meeting> byForum(String forumKey) {
        return jdbc.sql("select * from meeting where forum_key = :forum order by starts_at")
                .param("forum", forumKey).query(MeetingRepository::meeting).list();
    }

    public void reschedule(long id, MeetingSchedule schedule, String location) {
        jdbc.sql("""
                update meeting set starts_at = :start, ends_at = :end, location = :location,
                    proposal_deadline = :proposal, agenda_deadline = :agenda, minutes_deadline = :minutes,
                    ics_sequence = ics_sequence + 1
                where id = :id""")
                .param("start", ts(schedule.start())).param("end", ts(schedule.end())).param("location", location)
                .param("proposal", ts(schedule.proposalDeadline())).param("agenda", ts(schedule.agendaDeadline()))
                .param("minutes", ts(schedule.minutesDeadline())).param("id", id).update();
    }

    public void recordChange(long meetingId, String kind, Meeting before, Instant newStart, String newLocation,
            String reason, String changedBy, Instant now) {
        jdbc.sql("""
                insert into meeting_change (meeting_id, kind, old_starts_at, new_starts_at, old_location, new_location,
                    reason, changed_by, changed_at)
                values (:meeting, :kind, :oldStart, :newStart, :oldLocation, :newLocation, :reason, :by, :now)""")
                .param("meeting", meetingId).param("kind", kind).param("oldStart", ts(before.startsAt()))
                .param("newStart", ts(newStart)).param("oldLocation", before.location()).param("newLocation", newLocation)
                .param("reason", reason).param("by", changedBy).param("now", ts(now)).update();
    }

    public List<MeetingChange> changes(long meetingId) {
        return jdbc.sql("select * from meeting_change where meeting_id = :id order by id").param("id", meetingId)
                .query((rs, n) -> new MeetingChange(rs.getString("kind"), instant(rs, "old_starts_at"),
                        instant(rs, "new_starts_at"), rs.getString("old_location"), rs.getString("new_location"),
                        rs.getString("reason"), rs.getString("changed_by"), instant(rs, "changed_at")))
                .list();
    }

    public void setStatus(long id, MeetingStatus status) {
        jdbc.sql("update meeting set status = :status where id = :id").param("status", status.name()).param("id", id).update();
    }

    public void markAgendaSent(long id, Instant sentAt, boolean published) {
        jdbc.sql("update meeting set status = 'AGENDA_SENT', agenda_sent_at = :at, agenda_published_at = :published where id = :id")
                .param("at", ts(sentAt)).param("published", published ? ts(sentAt) : null).param("id", id).update();
    }

    public void markMinutesSent(long id, Instant sentAt, Instant commentWindowEnd) {
        jdbc.sql("update meeting set status = 'MINUTES_SENT', minutes_sent_at = :at, comment_window_end = :end where id = :id")
                .param("at", ts(sentAt)).param("end", ts(commentWindowEnd)).param("id", id).update();
    }

    public void markMinutesFinal(long id, Instant finalAt) {
        jdbc.sql("update meeting set status = 'FINAL', minutes_final_at = :at where id = :id")
                .param("at", ts(finalAt)).param("id", id).update();
    }

    // --- agenda and decisions ---------------------------------------------------------------------------

    public void replaceAgenda(long meetingId, List<AgendaItem> items) {
        jdbc.sql("delete from agenda_item where meeting_id = :id").param("id", meetingId).update();
        items.forEach(item -> appendAgendaItem(meetingId, item));
    }

    public void appendAgendaItem(long meetingId, AgendaItem item) {
        Integer last = jdbc.sql("select max(position) from agenda_item where meeting_id = :id").param("id", meetingId)
                .query(Integer.class).optional().orElse(null);
        jdbc.sql("""
                insert into agenda_item (meeting_id, position, title, description, theme, responsible, standing, proposal_id)
                values (:meeting, :position, :title, :description, :theme, :responsible, :standing, :proposal)""")
                .param("meeting", meetingId).param("position", last == null ? 1 : last + 1)
                .param("title", item.title()).param("description", item.description()).param("theme", item.theme())
                .param("responsible", item.responsible()).param("standing", item.standing())
                .param("proposal", item.proposalId()).update();
    }

    /** Marks an agenda item as the answer to a process's request (its decision goes back to that process). */
    public void linkRequest(long meetingId, int position, long requestId) {
        jdbc.sql("update agenda_item set agenda_request_id = :r where meeting_id = :m and position = :p")
                .param("r", requestId).param("m", meetingId).param("p", position).update();
    }

    public Optional<Long> requestOf(long itemId) {
        return jdbc.sql("select agenda_request_id from agenda_item where id = :id and agenda_request_id is not null").param("id", itemId)
                .query(Long.class).optional();
    }

    public List<AgendaItem> agenda(long meetingId) {
        return jdbc.sql("select * from agenda_item where meeting_id = :id order by position").param("id", meetingId)
                .query(MeetingRepository::agendaItem).list();
    }

    public void recordDecision(long itemId, String decision, String decidedBy, Instant at) {
        jdbc.sql("update agenda_item set decision = :decision, decided_by = :by, decided_at = :at where id = :id")
                .param("decision", decision).param("by", decidedBy).param("at", ts(at)).param("id", itemId).update();
    }

    /** The decisions register of a forum: every decided item of its meetings, newest meeting first. */
    public List<DecisionEntry> decisions(String forumKey) {
        return jdbc.sql("""
                select m.id meeting_id, m.starts_at, i.position, i.title, i.responsible, i.decision, i.decided_at
                from agenda_item i join meeting m on m.id = i.meeting_id
                where m.forum_key = :forum and i.decision is not null
                order by m.starts_at desc, i.position""")
                .param("forum", forumKey)
                .query((rs, n) -> new DecisionEntry(rs.getLong("meeting_id"), instant(rs, "starts_at"),
                        rs.getInt("position"), rs.getString("title"), rs.getString("responsible"),
                        rs.getString("decision"), instant(rs, "decided_at")))
                .list();
    }

    public void recordAttendance(long meetingId, List<String> memberIds, List<String> present) {
        jdbc.sql("delete from attendance where meeting_id = :id").param("id", meetingId).update();
        for (String member : memberIds) {
            jdbc.sql("insert into attendance (meeting_id, user_id, present) values (:m, :u, :p)")
                    .param("m", meetingId).param("u", member).param("p", present.contains(member)).update();
        }
    }

    public List<String> presentMembers(long meetingId) {
        return jdbc.sql("select user_id from attendance where meeting_id = :id and present order by user_id")
                .param("id", meetingId).query(String.class).list();
    }

    public List<String> absentMembers(long meetingId) {
        return jdbc.sql("select user_id from attendance where meeting_id = :id and not present order by user_id")
                .param("id", meetingId).query(String.class).list();
    }

    // --- mapping ----------------------------------------------------------------------------------------

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Meeting meeting(ResultSet rs, int row) throws SQLException {
        return new Meeting(rs.getLong("id"), rs.getString("forum_key"), instant(rs, "starts_at"), instant(rs, "ends_at"),
                rs.getString("location"), MeetingStatus.valueOf(rs.getString("status")),
                rs.getString("extraordinary_reason"), rs.getString("process_instance_id"),
                instant(rs, "proposal_deadline"), instant(rs, "agenda_deadline"), instant(rs, "minutes_deadline"),
                instant(rs, "comment_window_end"), instant(rs, "agenda_sent_at"), instant(rs, "agenda_published_at"),
                instant(rs, "minutes_sent_at"), instant(rs, "minutes_final_at"), rs.getInt("ics_sequence"),
                rs.getString("created_by"), instant(rs, "created_at"));
    }

    private static AgendaItem agendaItem(ResultSet rs, int row) throws SQLException {
        long proposalValue = rs.getLong("proposal_id");
        Long proposal = rs.wasNull() ? null : proposalValue;
        return new AgendaItem(rs.getLong("id"), rs.getLong("meeting_id"), rs.getInt("position"), rs.getString("title"),
                rs.getString("description"), rs.getString("theme"), rs.getString("responsible"),
                rs.getBoolean("standing"), proposal, rs.getString("decision"),
                instant(rs, "decided_at"), rs.getString("decided_by"));
    }
}
