package dk.kk.almenstyring.agenda;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.kk.almenstyring.common.CurrentUser;
import dk.kk.almenstyring.common.EngineClock;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Items that a process puts on a forum's next agenda (e.g. the draft hovedaftale for Borgmesterforum), and the
 * decision on them, which is sent back to the waiting process as the message {@value #DECIDED_MESSAGE}.
 */
@Repository
public class AgendaRequests {

    public static final String DECIDED_MESSAGE = "AgendaItemDecided";
    public static final String VAR_OUTCOME = "agendaOutcome";
    public static final String VAR_DECISION = "agendaDecision";
    public static final String VAR_MEETING_ID = "decidedAtMeetingId";
    /** Who recorded the decision (the secretariat's minutes), so that the waiting process can name the acting person. */
    public static final String VAR_DECIDED_BY = "decidedBy";

    public record AgendaRequest(long id, String forumKey, String title, String description, String responsible,
            Long agreementId, String processInstanceId, Long meetingId, String outcome, String decision) {
    }

    private final JdbcClient jdbc;
    private final RuntimeService runtimeService;
    private final CurrentUser currentUser;

    public AgendaRequests(JdbcClient jdbc, RuntimeService runtimeService, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
        this.currentUser = currentUser;
    }

    public long request(String forumKey, String title, String description, String responsible, Long agreementId,
            String processInstanceId) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into agenda_request (forum_key, title, description, responsible, agreement_id, process_instance_id, created_at)
                values (:forum, :title, :description, :responsible, :agreement, :pid, :at)""")
                .param("forum", forumKey).param("title", title).param("description", description)
                .param("responsible", responsible).param("agreement", agreementId).param("pid", processInstanceId)
                .param("at", Timestamp.from(EngineClock.now())).update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Puts an item for information on the forum's next agenda, once per {@code origin} however often its cause is
     * reported (a summary, a decision lifted from another forum, the yearly evaluation); no process waits for the
     * decision on it. Returns whether the item is new.
     */
    public boolean requestOnce(String origin, String forumKey, String title, String description, String responsible) {
        return jdbc.sql("""
                insert into agenda_request (forum_key, title, description, responsible, origin, created_at)
                select cast(:forum as varchar(16)), cast(:title as varchar(500)), cast(:description as varchar(4000)),
                    cast(:responsible as varchar(16)), cast(:origin as varchar(200)), cast(:at as timestamp with time zone)
                where not exists (select 1 from agenda_request where origin = cast(:origin as varchar(200)))""")
                .param("forum", forumKey).param("title", title).param("description", description)
                .param("responsible", responsible).param("origin", origin)
                .param("at", Timestamp.from(EngineClock.now())).update() == 1;
    }

    /** Requests no agenda of the forum has taken up yet. */
    public List<AgendaRequest> open(String forumKey) {
        return jdbc.sql("select * from agenda_request where forum_key = :forum and meeting_id is null and outcome is null order by id")
                .param("forum", forumKey).query(AgendaRequests::row).list();
    }

    public Optional<AgendaRequest> find(long id) {
        return jdbc.sql("select * from agenda_request where id = :id").param("id", id).query(AgendaRequests::row).optional();
    }

    /**
     * Takes back the requests of a process that no longer waits for them (an agreement that ended with the one above
     * it) while no agenda has taken them up yet; a request already on an agenda stays there.
     */
    public void withdrawOpen(String processInstanceId) {
        jdbc.sql("delete from agenda_request where process_instance_id = :pid and meeting_id is null and outcome is null")
                .param("pid", processInstanceId).update();
    }

    public void takeUp(long id, long meetingId) {
        jdbc.sql("update agenda_request set meeting_id = :m where id = :id").param("m", meetingId).param("id", id).update();
    }

    /**
     * Records the decision and tells the waiting process; a process that no longer waits is not an error. The
     * waiting process continues in its own transaction (its catch event is asyncAfter): what it does next can fail
     * there, as an incident on that process, but never fails the minutes that report the decision.
     */
    public void decide(long id, String outcome, String decision, long meetingId) {
        jdbc.sql("update agenda_request set outcome = :o, decision = :d where id = :id")
                .param("o", outcome).param("d", decision).param("id", id).update();
        AgendaRequest request = find(id).orElseThrow();
        if (request.processInstanceId() == null) {
            return; // an item for information: nobody waits for the decision
        }
        runtimeService.createMessageCorrelation(DECIDED_MESSAGE)
                .processInstanceId(request.processInstanceId())
                .setVariables(Map.of(VAR_OUTCOME, outcome, VAR_DECISION, decision, VAR_MEETING_ID, meetingId,
                        VAR_DECIDED_BY, currentUser.id()))
                .correlateAllWithResult();
    }

    private static AgendaRequest row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long agreement = rs.getLong("agreement_id");
        Long agreementId = rs.wasNull() ? null : agreement;
        long meeting = rs.getLong("meeting_id");
        Long meetingId = rs.wasNull() ? null : meeting;
        return new AgendaRequest(rs.getLong("id"), rs.getString("forum_key"), rs.getString("title"),
                rs.getString("description"), rs.getString("responsible"), agreementId, rs.getString("process_instance_id"),
                meetingId, rs.getString("outcome"), rs.getString("decision"));
    }
}
