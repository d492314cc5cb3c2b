package dk.kk.almenstyring.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dk.kk.almenstyring.common.EngineClock;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The yearly evaluations (S5): one a year, compiled, recorded and published. */
@Repository
public class YearlyEvaluations {

    static final String COMPILING = "COMPILING";
    static final String RECORDED = "RECORDED";

    private final JdbcClient jdbc;

    public YearlyEvaluations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean existsFor(int year) {
        return jdbc.sql("select count(*) from yearly_evaluation where evaluation_year = :y").param("y", year)
                .query(Integer.class).single() > 0;
    }

    /** Opens the year's evaluation for the process compiling it; a year is evaluated once. */
    long open(int year, String processInstanceId, Long hovedaftaleId, Integer hovedaftaleVersion, String reports) {
        int inserted = jdbc.sql("""
                insert into yearly_evaluation (evaluation_year, hovedaftale_id, hovedaftale_version, status, process_instance_id,
                    reports, created_at)
                select cast(:y as integer), cast(:agreement as bigint), cast(:version as integer), cast(:status as varchar(16)),
                    cast(:pid as varchar(64)), cast(:reports as text), cast(:at as timestamp with time zone)
                where not exists (select 1 from yearly_evaluation where evaluation_year = cast(:y as integer))""")
                .param("y", year).param("agreement", hovedaftaleId).param("version", hovedaftaleVersion)
                .param("status", COMPILING).param("pid", processInstanceId).param("reports", reports)
                .param("at", Timestamp.from(EngineClock.now())).update();
        if (inserted == 0) {
            throw new BadUserRequestException("Der er allerede en årlig evaluering for " + year
                    + ". Et år evalueres én gang.");
        }
        return jdbc.sql("select id from yearly_evaluation where evaluation_year = :y").param("y", year)
                .query(Long.class).single();
    }

    void record(long id, String conclusion, List<YearlyEvaluation.Goal> goals, String by, Instant at) {
        jdbc.sql("""
                update yearly_evaluation set status = :status, conclusion = :conclusion, recorded_by = :by, recorded_at = :at
                where id = :id""")
                .param("status", RECORDED).param("conclusion", conclusion).param("by", by)
                .param("at", Timestamp.from(at)).param("id", id).update();
        for (YearlyEvaluation.Goal goal : goals) {
            jdbc.sql("""
                    insert into yearly_evaluation_goal (evaluation_id, position, goal, success_criterion, status, status_comment)
                    values (:id, :position, :goal, :criterion, :status, :comment)""")
                    .param("id", id).param("position", goal.position()).param("goal", goal.goal())
                    .param("criterion", goal.successCriterion()).param("status", goal.status().name())
                    .param("comment", goal.comment()).update();
        }
    }

    void publish(long id, String text, Instant at) {
        jdbc.sql("update yearly_evaluation set publication_text = :text, published_at = :at where id = :id")
                .param("text", text).param("at", Timestamp.from(at)).param("id", id).update();
    }

    public Optional<YearlyEvaluation> find(long id) {
        return jdbc.sql("select * from yearly_evaluation where id = :id").param("id", id).query(this::evaluation).optional();
    }

    public Optional<YearlyEvaluation> forYear(int year) {
        return jdbc.sql("select * from yearly_evaluation where evaluation_year = :y").param("y", year)
                .query(this::evaluation).optional();
    }

    /**
     * The latest published evaluation of a hovedaftale, for the agenda item on its yearly status and adjustment
     * (A4, F12), which builds on it.
     */
    public Optional<YearlyEvaluation> latestFor(long hovedaftaleId) {
        return jdbc.sql("""
                select * from yearly_evaluation where hovedaftale_id = :id and published_at is not null
                order by evaluation_year desc""")
                .param("id", hovedaftaleId).query(this::evaluation).list().stream().findFirst();
    }

    String reports(long id) {
        return jdbc.sql("select reports from yearly_evaluation where id = :id").param("id", id).query(String.class).single();
    }

    private YearlyEvaluation evaluation(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        long agreement = rs.getLong("hovedaftale_id");
        Long hovedaftaleId = rs.wasNull() ? null : agreement;
        int version = rs.getInt("hovedaftale_version");
        Integer hovedaftaleVersion = rs.wasNull() ? null : version;
        return new YearlyEvaluation(id, rs.getInt("evaluation_year"), hovedaftaleId, hovedaftaleVersion,
                rs.getString("conclusion"), rs.getString("publication_text"), instant(rs.getTimestamp("published_at")),
                rs.getString("recorded_by"), instant(rs.getTimestamp("recorded_at")), goals(id));
    }

    private List<YearlyEvaluation.Goal> goals(long id) {
        return jdbc.sql("select * from yearly_evaluation_goal where evaluation_id = :id order by position").param("id", id)
                .query((rs, n) -> new YearlyEvaluation.Goal(rs.getInt("position"), rs.getString("goal"),
                        rs.getString("success_criterion"), GoalStatus.valueOf(rs.getString("status")),
                        rs.getString("status_comment")))
                .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
