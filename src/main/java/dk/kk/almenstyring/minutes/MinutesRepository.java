package dk.kk.almenstyring.minutes;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Versions of a meeting's minutes and the members' comments on them. */
@Repository
public class MinutesRepository {

    private final JdbcClient jdbc;

    public MinutesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int addVersion(long meetingId, String body, boolean isFinal, String by, Instant at) {
        int version = latest(meetingId).map(v -> v.version() + 1).orElse(1);
        jdbc.sql("""
                insert into minutes_version (meeting_id, version, body, final, created_by, created_at)
                values (:meeting, :version, :body, :final, :by, :at)""")
                .param("meeting", meetingId).param("version", version).param("body", body).param("final", isFinal)
                .param("by", by).param("at", Timestamp.from(at)).update();
        return version;
    }

    public void markFinal(long meetingId, int version) {
        jdbc.sql("update minutes_version set final = true where meeting_id = :m and version = :v")
                .param("m", meetingId).param("v", version).update();
    }

    public Optional<MinutesVersion> latest(long meetingId) {
        return versions(meetingId).stream().reduce((a, b) -> b);
    }

    public List<MinutesVersion> versions(long meetingId) {
        return jdbc.sql("select * from minutes_version where meeting_id = :m order by version").param("m", meetingId)
                .query((rs, n) -> new MinutesVersion(rs.getInt("version"), rs.getString("body"), rs.getBoolean("final"),
                        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    public void addComment(long meetingId, String author, String body, Instant at) {
        jdbc.sql("insert into minutes_comment (meeting_id, author, body, submitted_at) values (:m, :a, :b, :at)")
                .param("m", meetingId).param("a", author).param("b", body).param("at", Timestamp.from(at)).update();
    }

    public List<MinutesComment> comments(long meetingId) {
        return jdbc.sql("select * from minutes_comment where meeting_id = :m order by submitted_at, id").param("m", meetingId)
                .query((rs, n) -> new MinutesComment(rs.getString("author"), rs.getString("body"),
                        rs.getTimestamp("submitted_at").toInstant()))
                .list();
    }
}
