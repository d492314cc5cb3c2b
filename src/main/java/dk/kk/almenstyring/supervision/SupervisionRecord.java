package dk.kk.almenstyring.supervision;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.supervision.SupervisionList.Reason;
import dk.kk.almenstyring.supervision.SupervisionList.Source;
import dk.kk.almenstyring.supervision.SupervisionList.SupervisedEstate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The yearly lists of the extended supervision (tables supervision_year, supervision_estate, supervision_reason). */
@Repository
class SupervisionRecord {

    private final JdbcClient jdbc;

    SupervisionRecord(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isSelected(int year) {
        return jdbc.sql("select count(*) from supervision_year where supervision_year = :year").param("year", year)
                .query(Integer.class).single() > 0;
    }

    /** Marks the year as selected; the primary key makes a second selection of the same year fail. */
    void markSelected(int year, int target, int candidates, int selected, String by, String processInstanceId) {
        jdbc.sql("""
                insert into supervision_year (supervision_year, target, candidates, selected, selected_by, selected_at,
                    process_instance_id)
                values (:year, :target, :candidates, :selected, :by, :at, :pid)""")
                .param("year", year).param("target", target).param("candidates", candidates).param("selected", selected)
                .param("by", by).param("at", Timestamp.from(EngineClock.now())).param("pid", processInstanceId).update();
    }

    /** The latest year before {@code year} each estate was on a list: estate id to year. */
    Map<Long, Integer> lastListedBefore(int year) {
        Map<Long, Integer> last = new LinkedHashMap<>();
        jdbc.sql("""
                select estate_id, max(supervision_year) as last_year from supervision_estate
                where supervision_year < :year group by estate_id""").param("year", year)
                .query((rs, n) -> Map.entry(rs.getLong("estate_id"), rs.getInt("last_year")))
                .list().forEach(e -> last.put(e.getKey(), e.getValue()));
        return last;
    }

    /** The estate's row on the year's list, created when missing; a rule selection marks an existing row too. */
    long listEntry(int year, long estateId, boolean byRule) {
        Optional<Long> existing = jdbc.sql("""
                select id from supervision_estate where supervision_year = :year and estate_id = :estate""")
                .param("year", year).param("estate", estateId).query(Long.class).optional();
        if (existing.isPresent()) {
            if (byRule) {
                jdbc.sql("update supervision_estate set selected_by_rule = true where id = :id")
                        .param("id", existing.get()).update();
            }
            return existing.get();
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into supervision_estate (supervision_year, estate_id, selected_by_rule)
                values (:year, :estate, :byRule)""")
                .param("year", year).param("estate", estateId).param("byRule", byRule).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Adds the reason unless the entry already has it from the same source. */
    void addReason(long entryId, String reason, Source source, String by) {
        boolean known = jdbc.sql("""
                select count(*) from supervision_reason
                where supervision_estate_id = :entry and reason = :reason and source = :source""")
                .param("entry", entryId).param("reason", reason).param("source", source.name())
                .query(Integer.class).single() > 0;
        if (!known) {
            jdbc.sql("""
                    insert into supervision_reason (supervision_estate_id, reason, source, added_by, added_at)
                    values (:entry, :reason, :source, :by, :at)""")
                    .param("entry", entryId).param("reason", reason).param("source", source.name()).param("by", by)
                    .param("at", Timestamp.from(EngineClock.now())).update();
        }
    }

    SupervisionList list(int year) {
        Optional<SupervisionList> head = jdbc.sql("select * from supervision_year where supervision_year = :year")
                .param("year", year).query((rs, n) -> new SupervisionList(year, rs.getInt("target"),
                        rs.getInt("candidates"), rs.getTimestamp("selected_at").toInstant(), rs.getString("selected_by"),
                        List.of())).optional();
        Map<Long, List<Reason>> reasons = new LinkedHashMap<>();
        jdbc.sql("""
                select r.* from supervision_reason r join supervision_estate s on s.id = r.supervision_estate_id
                where s.supervision_year = :year order by r.id""").param("year", year)
                .query((rs, n) -> Map.entry(rs.getLong("supervision_estate_id"), new Reason(rs.getString("reason"),
                        Source.valueOf(rs.getString("source")), rs.getString("added_by"),
                        rs.getTimestamp("added_at").toInstant())))
                .list().forEach(e -> reasons.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        List<SupervisedEstate> estates = jdbc.sql("""
                select s.id as entry_id, s.selected_by_rule, e.id as estate_id, e.number, e.name, e.district,
                    o.code, o.name as organisation_name
                from supervision_estate s join estate e on e.id = s.estate_id
                    join housing_organisation o on o.id = e.organisation_id
                where s.supervision_year = :year order by o.code, e.number""").param("year", year)
                .query((rs, n) -> new SupervisedEstate(rs.getLong("estate_id"), rs.getString("code"),
                        rs.getString("organisation_name"), rs.getString("number"), rs.getString("name"),
                        rs.getString("district"), rs.getBoolean("selected_by_rule"),
                        reasons.getOrDefault(rs.getLong("entry_id"), List.of())))
                .list();
        SupervisionList none = new SupervisionList(year, null, null, null, null, List.of());
        SupervisionList known = head.orElse(none);
        return new SupervisionList(year, known.target(), known.candidates(), known.selectedAt(), known.selectedBy(),
                estates);
    }
}
