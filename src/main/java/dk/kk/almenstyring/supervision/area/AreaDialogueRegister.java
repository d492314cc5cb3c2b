package dk.kk.almenstyring.supervision.area;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import dk.kk.almenstyring.common.EngineClock;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The area-based dialogue meetings (tables area_dialogue, area_dialogue_participant). */
@Repository
public class AreaDialogueRegister {

    /** Who is invited to an area's meeting. */
    public enum ParticipantKind {
        ORGANISATION, FORVALTNING
    }

    public record Participant(ParticipantKind kind, String code) {
    }

    /** One area's meeting; meeting, report and who did what are null until done. */
    public record AreaDialogue(long id, int year, String area, String processInstanceId, Instant meetingAt,
            String location, String plannedBy, String report, String reportedBy, String createdBy) {
    }

    /** The constraints of V10, as the database names them in its message (H2 in upper case). */
    private static final String SLOT_RANGE = "area_dialogue_slot_range";
    private static final String YEAR_SLOT = "area_dialogue_year_slot";

    private final JdbcClient jdbc;

    public AreaDialogueRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The areas already chosen for the year, in the order they were chosen. */
    public List<String> areasOf(int year) {
        return jdbc.sql("select area from area_dialogue where dialogue_year = :year order by id").param("year", year)
                .query(String.class).list();
    }

    /**
     * Records one area's meeting in the year's lowest free slot. The database holds the limit of
     * {@value AreaDialogueProcess#MAX_AREAS_PER_YEAR} a year (V10): a fourth slot breaks its check, and two starts
     * that read the same free slot at the same moment break its unique key, so the later one is refused here even
     * when both passed the count before.
     */
    public long create(int year, String area, String processInstanceId, String by) {
        List<Integer> taken = jdbc.sql("select year_slot from area_dialogue where dialogue_year = :year")
                .param("year", year).query(Integer.class).list();
        int slot = IntStream.rangeClosed(1, AreaDialogueProcess.MAX_AREAS_PER_YEAR).filter(s -> !taken.contains(s))
                .findFirst().orElse(AreaDialogueProcess.MAX_AREAS_PER_YEAR + 1);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    insert into area_dialogue (dialogue_year, year_slot, area, process_instance_id, created_by, created_at)
                    values (:year, :slot, :area, :pid, :by, :at)""")
                    .param("year", year).param("slot", slot).param("area", area).param("pid", processInstanceId)
                    .param("by", by).param("at", Timestamp.from(EngineClock.now())).update(keys, "id");
        } catch (DataIntegrityViolationException e) {
            throw refusal(e, year, area);
        }
        return keys.getKey().longValue();
    }

    /** The Danish reason for a broken constraint; the transaction is rolled back, so nothing of the start is kept. */
    private static BadUserRequestException refusal(DataIntegrityViolationException e, int year, String area) {
        String reason = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
        if (reason.contains(SLOT_RANGE) || reason.contains(YEAR_SLOT)) {
            return new BadUserRequestException("TMF holder områdebaserede dialogmøder i højst "
                    + AreaDialogueProcess.MAX_AREAS_PER_YEAR + " områder om året, og der er ikke plads til " + area
                    + " i " + year + ": årets " + AreaDialogueProcess.MAX_AREAS_PER_YEAR + " er allerede valgt.");
        }
        return new BadUserRequestException("Der er allerede et områdebaseret dialogmøde i " + area + " i " + year + ".");
    }

    /** The meeting of one area of a process instance (the area as chosen, in any case). */
    public AreaDialogue of(String processInstanceId, String area) {
        long id = jdbc.sql("select id from area_dialogue where process_instance_id = :pid and upper(area) = upper(:area)")
                .param("pid", processInstanceId).param("area", area).query(Long.class).single();
        return get(id);
    }

    public void plan(long id, Instant meetingAt, String location, String by, List<Participant> participants) {
        jdbc.sql("""
                update area_dialogue set meeting_at = :meetingAt, location = :location, planned_by = :by, planned_at = :at
                where id = :id""")
                .param("id", id).param("meetingAt", Timestamp.from(meetingAt)).param("location", location)
                .param("by", by).param("at", Timestamp.from(EngineClock.now())).update();
        jdbc.sql("delete from area_dialogue_participant where area_dialogue_id = :id").param("id", id).update();
        for (Participant p : participants) {
            jdbc.sql("insert into area_dialogue_participant (area_dialogue_id, kind, code) values (:id, :kind, :code)")
                    .param("id", id).param("kind", p.kind().name()).param("code", p.code()).update();
        }
    }

    public void report(long id, String report, String by) {
        jdbc.sql("update area_dialogue set report = :report, reported_by = :by, reported_at = :at where id = :id")
                .param("id", id).param("report", report).param("by", by).param("at", Timestamp.from(EngineClock.now()))
                .update();
    }

    public AreaDialogue get(long id) {
        return jdbc.sql("select * from area_dialogue where id = :id").param("id", id)
                .query((rs, n) -> new AreaDialogue(rs.getLong("id"), rs.getInt("dialogue_year"), rs.getString("area"),
                        rs.getString("process_instance_id"),
                        rs.getTimestamp("meeting_at") == null ? null : rs.getTimestamp("meeting_at").toInstant(),
                        rs.getString("location"), rs.getString("planned_by"), rs.getString("report"),
                        rs.getString("reported_by"), rs.getString("created_by")))
                .single();
    }

    public List<Participant> participants(long id) {
        return jdbc.sql("select kind, code from area_dialogue_participant where area_dialogue_id = :id order by kind, id")
                .param("id", id)
                .query((rs, n) -> new Participant(ParticipantKind.valueOf(rs.getString("kind")), rs.getString("code")))
                .list();
    }
}
