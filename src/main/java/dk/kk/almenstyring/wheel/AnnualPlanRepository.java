package dk.kk.almenstyring.wheel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Approved annual plans and their meetings (V7). */
@Repository
public class AnnualPlanRepository {

    /** A planned meeting before it is recorded: the times derived from the plan and the charter. */
    public record NewPlanRow(String forumKey, Instant startsAt, Instant endsAt, String location, Instant callAt) {
    }

    private static final String ROW_SELECT = """
            select m.*, p.plan_year from annual_plan_meeting m join annual_plan p on p.id = m.plan_id""";

    private final JdbcClient jdbc;

    public AnnualPlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(int year) {
        return jdbc.sql("select count(*) from annual_plan where plan_year = :year").param("year", year)
                .query(Long.class).single() > 0;
    }

    /** Records the plan and its meetings in one go; returns the plan's id. */
    public long record(int year, String processInstanceId, String approvedBy, Instant now, List<NewPlanRow> rows) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into annual_plan (plan_year, process_instance_id, approved_by, approved_at)
                values (:year, :pid, :by, :now)""")
                .param("year", year).param("pid", processInstanceId).param("by", approvedBy).param("now", ts(now))
                .update(keys, "id");
        long planId = keys.getKey().longValue();
        for (NewPlanRow row : rows) {
            jdbc.sql("""
                    insert into annual_plan_meeting (plan_id, forum_key, starts_at, ends_at, location, call_at)
                    values (:plan, :forum, :start, :end, :location, :callAt)""")
                    .param("plan", planId).param("forum", row.forumKey()).param("start", ts(row.startsAt()))
                    .param("end", ts(row.endsAt())).param("location", row.location()).param("callAt", ts(row.callAt()))
                    .update();
        }
        return planId;
    }

    public List<PlanRow> rowsOfPlan(long planId) {
        return jdbc.sql(ROW_SELECT + " where m.plan_id = :plan order by m.starts_at, m.id").param("plan", planId)
                .query(AnnualPlanRepository::row).list();
    }

    public List<PlanRow> rowsOfYear(int year) {
        return jdbc.sql(ROW_SELECT + " where p.plan_year = :year order by m.starts_at, m.id").param("year", year)
                .query(AnnualPlanRepository::row).list();
    }

    /** Every planned meeting of every plan, of one forum or (null) all. */
    public List<PlanRow> rows(String forumKey) {
        if (forumKey == null) {
            return jdbc.sql(ROW_SELECT + " order by m.starts_at, m.id").query(AnnualPlanRepository::row).list();
        }
        return jdbc.sql(ROW_SELECT + " where m.forum_key = :forum order by m.starts_at, m.id")
                .param("forum", forumKey).query(AnnualPlanRepository::row).list();
    }

    public Optional<PlanRow> find(long id) {
        return jdbc.sql(ROW_SELECT + " where m.id = :id").param("id", id).query(AnnualPlanRepository::row).optional();
    }

    /** Who approved the plan the planned meeting belongs to: the meeting is called in that person's name. */
    public String approvedBy(long plannedMeetingId) {
        return jdbc.sql("select p.approved_by from annual_plan p join annual_plan_meeting m on m.plan_id = p.id where m.id = :id")
                .param("id", plannedMeetingId).query(String.class).single();
    }

    /** Links the planned meeting to the meeting called for it; false when it was linked already. */
    public boolean linkMeeting(long id, long meetingId, Instant now) {
        return jdbc.sql("update annual_plan_meeting set meeting_id = :meeting, called_at = :now where id = :id and meeting_id is null")
                .param("meeting", meetingId).param("now", ts(now)).param("id", id).update() == 1;
    }

    private static PlanRow row(ResultSet rs, int n) throws SQLException {
        Number meetingId = (Number) rs.getObject("meeting_id");
        return new PlanRow(rs.getLong("id"), rs.getLong("plan_id"), rs.getInt("plan_year"), rs.getString("forum_key"),
                instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getString("location"), instant(rs, "call_at"),
                meetingId == null ? null : meetingId.longValue(), instant(rs, "called_at"));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
