package dk.kk.almenstyring.dialogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The styringsdialog's own tables: one round per year, one dialogue per organisation and year, the forvaltninger's
 * contributions to its agenda, the report's goal assessments and the enkeltaftaler started from it. A status moves
 * only forward (INVITED → BOOKED → HELD → REPORTED, or INVITED → NOT_HELD); a step taken twice is refused.
 */
@Repository
public class DialogueRegister {

    private final JdbcClient jdbc;

    public DialogueRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- the round ----------------------------------------------------------------------------------------------

    public void openRound(int year, String processInstanceId, LocalDate windowStart, LocalDate windowEnd, String by,
            Instant at) {
        if (roundExists(year)) {
            throw new BadUserRequestException("Styringsdialogen " + year + " er allerede sat i gang; der holdes én"
                    + " runde om året.");
        }
        jdbc.sql("""
                insert into dialogue_round (round_year, process_instance_id, window_start, window_end, started_by, started_at)
                values (:year, :pid, :from, :to, :by, :at)""")
                .param("year", year).param("pid", processInstanceId).param("from", java.sql.Date.valueOf(windowStart))
                .param("to", java.sql.Date.valueOf(windowEnd)).param("by", by).param("at", Timestamp.from(at)).update();
    }

    public boolean roundExists(int year) {
        return jdbc.sql("select count(*) from dialogue_round where round_year = :year").param("year", year)
                .query(Integer.class).single() > 0;
    }

    public Optional<String> roundInstance(int year) {
        return jdbc.sql("select process_instance_id from dialogue_round where round_year = :year").param("year", year)
                .query(String.class).optional();
    }

    public Optional<String> roundSummary(int year) {
        return jdbc.sql("select summary from dialogue_round where round_year = :year").param("year", year)
                .query(String.class).optional();
    }

    public void closeRound(int year, String summary, String by, Instant at) {
        int updated = jdbc.sql("""
                update dialogue_round set summary = :summary, closed_by = :by, closed_at = :at
                where round_year = :year and closed_at is null""")
                .param("summary", summary).param("by", by).param("at", Timestamp.from(at)).param("year", year).update();
        if (updated == 0) {
            throw new BadUserRequestException("Styringsdialogen " + year + " er allerede afsluttet.");
        }
    }

    // --- one dialogue -------------------------------------------------------------------------------------------

    public long invite(int year, long organisationId, String processInstanceId, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into dialogue (round_year, organisation_id, status, process_instance_id, invited_at)
                values (:year, :org, 'INVITED', :pid, :at)""")
                .param("year", year).param("org", organisationId).param("pid", processInstanceId)
                .param("at", Timestamp.from(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public DialogueRecord get(long id) {
        return jdbc.sql(SELECT + " where d.id = :id").param("id", id).query(DialogueRegister::dialogue).optional()
                .orElseThrow(() -> new BadUserRequestException("Styringsdialog " + id + " findes ikke."));
    }

    /** The year's dialogues, by organisation name. */
    public List<DialogueRecord> ofYear(int year) {
        return jdbc.sql(SELECT + " where d.round_year = :year order by o.name").param("year", year)
                .query(DialogueRegister::dialogue).list();
    }

    /** How many of the year's dialogues have reached each status. */
    public Map<DialogueStatus, Integer> statusCounts(int year) {
        Map<DialogueStatus, Integer> counts = new EnumMap<>(DialogueStatus.class);
        for (DialogueStatus s : DialogueStatus.values()) {
            counts.put(s, 0);
        }
        jdbc.sql("select status, count(*) n from dialogue where round_year = :year group by status").param("year", year)
                .query((rs, n) -> counts.put(DialogueStatus.valueOf(rs.getString("status")), rs.getInt("n"))).list();
        return counts;
    }

    public void book(long id, Instant meetingAt, String location, Instant agendaDeadline, String by, Instant at) {
        move(id, DialogueStatus.INVITED, DialogueStatus.BOOKED, """
                , meeting_at = :meetingAt, meeting_location = :location, agenda_deadline = :agendaDeadline,
                  booked_by = :by, booked_at = :at""", Map.of("meetingAt", Timestamp.from(meetingAt),
                "location", location, "agendaDeadline", Timestamp.from(agendaDeadline), "by", by,
                "at", Timestamp.from(at)));
    }

    public void held(long id, Instant at) {
        move(id, DialogueStatus.BOOKED, DialogueStatus.HELD, ", held_at = :at", Map.of("at", Timestamp.from(at)));
    }

    public void reported(long id, String text, String by, Instant at) {
        move(id, DialogueStatus.HELD, DialogueStatus.REPORTED, ", report_text = :text, reported_by = :by, reported_at = :at",
                Map.of("text", text, "by", by, "at", Timestamp.from(at)));
    }

    public void notHeld(long id) {
        move(id, DialogueStatus.INVITED, DialogueStatus.NOT_HELD, "", Map.of());
    }

    /** Counts one more reminder about the booking or the report and returns its number (1 for the first). */
    public int countReminder(long id, boolean aboutReport) {
        String column = aboutReport ? "report_reminders" : "booking_reminders";
        jdbc.sql("update dialogue set " + column + " = " + column + " + 1 where id = :id").param("id", id).update();
        DialogueRecord d = get(id);
        return aboutReport ? d.reportReminders() : d.bookingReminders();
    }

    private void move(long id, DialogueStatus from, DialogueStatus to, String set, Map<String, Object> params) {
        var statement = jdbc.sql("update dialogue set status = :to" + set + " where id = :id and status = :from")
                .param("to", to.name()).param("id", id).param("from", from.name());
        for (Map.Entry<String, Object> p : params.entrySet()) {
            statement = statement.param(p.getKey(), p.getValue());
        }
        if (statement.update() == 0) {
            DialogueRecord d = get(id);
            throw new BadUserRequestException("Styringsdialogen med " + d.organisationName() + " er " + danish(d.status())
                    + " og kan ikke blive " + danish(to) + ".");
        }
    }

    static String danish(DialogueStatus status) {
        return switch (status) {
            case INVITED -> "inviteret";
            case BOOKED -> "booket";
            case HELD -> "holdt";
            case REPORTED -> "afrapporteret";
            case NOT_HELD -> "ikke holdt";
        };
    }

    // --- the forvaltninger's contributions (S1) -----------------------------------------------------------------

    public void contribute(long id, String forvaltning, boolean takesPart, String agendaItems, String by, Instant at) {
        int known = jdbc.sql("select count(*) from dialogue_contribution where dialogue_id = :id and forvaltning = :f")
                .param("id", id).param("f", forvaltning).query(Integer.class).single();
        if (known > 0) {
            throw new BadUserRequestException(forvaltning + " har allerede svaret på indkaldelsen af punkter.");
        }
        jdbc.sql("""
                insert into dialogue_contribution (dialogue_id, forvaltning, takes_part, agenda_items, answered_by, answered_at)
                values (:id, :f, :takesPart, :items, :by, :at)""")
                .param("id", id).param("f", forvaltning).param("takesPart", takesPart).param("items", agendaItems)
                .param("by", by).param("at", Timestamp.from(at)).update();
    }

    public List<Contribution> contributions(long id) {
        return jdbc.sql("""
                select forvaltning, takes_part, agenda_items, answered_by from dialogue_contribution
                where dialogue_id = :id order by forvaltning""").param("id", id)
                .query((rs, n) -> new Contribution(rs.getString("forvaltning"), rs.getBoolean("takes_part"),
                        rs.getString("agenda_items"), rs.getString("answered_by"))).list();
    }

    public record Contribution(String forvaltning, boolean takesPart, String agendaItems, String answeredBy) {
    }

    // --- the report (S2, A7) ------------------------------------------------------------------------------------

    public void assess(long id, List<GoalAssessment> assessments) {
        for (GoalAssessment a : assessments) {
            jdbc.sql("""
                    insert into dialogue_goal_assessment (dialogue_id, agreement_id, goal_index, goal, on_track, comment)
                    values (:id, :agreement, :index, :goal, :onTrack, :comment)""")
                    .param("id", id).param("agreement", a.agreementId()).param("index", a.goalIndex())
                    .param("goal", a.goal()).param("onTrack", a.onTrack()).param("comment", a.comment()).update();
        }
    }

    public List<GoalAssessment> assessments(long id) {
        return jdbc.sql("""
                select agreement_id, goal_index, goal, on_track, comment from dialogue_goal_assessment
                where dialogue_id = :id order by agreement_id, goal_index""").param("id", id)
                .query((rs, n) -> new GoalAssessment(rs.getLong("agreement_id"), rs.getInt("goal_index"),
                        rs.getString("goal"), rs.getBoolean("on_track"), rs.getString("comment"))).list();
    }

    public void linkEnkeltaftale(long id, String processInstanceId) {
        jdbc.sql("insert into dialogue_enkeltaftale (dialogue_id, process_instance_id) values (:id, :pid)")
                .param("id", id).param("pid", processInstanceId).update();
    }

    public List<String> enkeltaftaleInstances(long id) {
        return jdbc.sql("select process_instance_id from dialogue_enkeltaftale where dialogue_id = :id order by process_instance_id")
                .param("id", id).query(String.class).list();
    }

    private static final String SELECT = """
            select d.*, o.code, o.name from dialogue d join housing_organisation o on o.id = d.organisation_id""";

    private static DialogueRecord dialogue(ResultSet rs, int row) throws SQLException {
        return new DialogueRecord(rs.getLong("id"), rs.getInt("round_year"), rs.getString("code"), rs.getString("name"),
                DialogueStatus.valueOf(rs.getString("status")), instant(rs, "meeting_at"), rs.getString("meeting_location"),
                rs.getString("booked_by"), instant(rs, "agenda_deadline"), instant(rs, "held_at"),
                rs.getString("report_text"), rs.getString("reported_by"), instant(rs, "reported_at"),
                rs.getInt("booking_reminders"), rs.getInt("report_reminders"), rs.getString("process_instance_id"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
