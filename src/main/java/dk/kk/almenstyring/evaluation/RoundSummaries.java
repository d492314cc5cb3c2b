package dk.kk.almenstyring.evaluation;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.stream.Collectors;

import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.dialogue.StyringsdialogRoundClosed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** TMF's summary of each year's styringsdialog round as the round reported it when it closed (S4), kept for S5. */
@Repository
public class RoundSummaries {

    public record RoundSummary(int year, String summary, String reports) {
    }

    private final JdbcClient jdbc;

    public RoundSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Keeps the first report of a year's round; a repeated report changes nothing. The casts type the values (nulls
     * too) for PostgreSQL, which cannot tell a parameter's type in a select list.
     */
    void keep(StyringsdialogRoundClosed round) {
        jdbc.sql("""
                insert into evaluation_round_summary (evaluation_year, summary, reports, round_instance_id, closed_by, received_at)
                select cast(:y as integer), cast(:summary as text), cast(:reports as text), cast(:pid as varchar(64)),
                    cast(:by as varchar(255)), cast(:at as timestamp with time zone)
                where not exists (select 1 from evaluation_round_summary where evaluation_year = cast(:y as integer))""")
                .param("y", round.year()).param("summary", round.summary()).param("reports", reports(round))
                .param("pid", round.roundInstanceId()).param("by", round.closedBy())
                .param("at", Timestamp.from(EngineClock.now())).update();
    }

    public Optional<RoundSummary> forYear(int year) {
        return jdbc.sql("select evaluation_year, summary, reports from evaluation_round_summary where evaluation_year = :y")
                .param("y", year)
                .query((rs, n) -> new RoundSummary(rs.getInt(1), rs.getString(2), rs.getString(3))).optional();
    }

    /** One line per housing organisation: whether its dialogue was held and reported, and its goals. */
    static String reports(StyringsdialogRoundClosed round) {
        return round.reports().stream().map(r -> "- " + r.organisationName() + " (" + r.organisationCode() + "): "
                + (!r.held() ? "dialogmødet er ikke holdt" : !r.reported() ? "holdt, ikke afrapporteret"
                        : "afrapporteret, " + r.goalsOnTrack() + " mål på rette vej, " + r.goalsNotOnTrack()
                                + " ikke på rette vej"))
                .collect(Collectors.joining("\n"));
    }
}
