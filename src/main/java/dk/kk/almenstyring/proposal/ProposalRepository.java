package dk.kk.almenstyring.proposal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class ProposalRepository {

    private final JdbcClient jdbc;

    public ProposalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long meetingId, ProposalInput input, String proposedLead, String proposedBy, Instant at, boolean late) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into agenda_proposal (meeting_id, title, description, theme, proposer_forvaltning, proposed_lead,
                    proposed_by, submitted_at, late, status)
                values (:meeting, :title, :description, :theme, :forvaltning, :lead, :by, :at, :late, :status)""")
                .param("meeting", meetingId).param("title", input.title()).param("description", input.description())
                .param("theme", input.theme()).param("forvaltning", input.proposerForvaltning()).param("lead", proposedLead)
                .param("by", proposedBy).param("at", Timestamp.from(at)).param("late", late)
                .param("status", (late ? ProposalStatus.PENDING : ProposalStatus.ON_TIME).name())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public AgendaProposal get(long id) {
        return jdbc.sql("select * from agenda_proposal where id = :id").param("id", id)
                .query(ProposalRepository::proposal).single();
    }

    public List<AgendaProposal> forMeeting(long meetingId) {
        return jdbc.sql("select * from agenda_proposal where meeting_id = :id order by submitted_at, id")
                .param("id", meetingId).query(ProposalRepository::proposal).list();
    }

    /** Proposals deferred at earlier meetings of the forum that no agenda has taken up since. */
    public List<AgendaProposal> deferredForForum(String forumKey, long exceptMeetingId) {
        return jdbc.sql("""
                select p.* from agenda_proposal p join meeting m on m.id = p.meeting_id
                where m.forum_key = :forum and p.status = 'DEFERRED' and p.meeting_id <> :except
                  and not exists (select 1 from agenda_item i where i.proposal_id = p.id)
                order by p.submitted_at, p.id""")
                .param("forum", forumKey).param("except", exceptMeetingId).query(ProposalRepository::proposal).list();
    }

    /** Records the secretariat's decision once; a second decision on the same proposal changes nothing. */
    public boolean review(long id, ProposalStatus decision, String note, String reviewedBy, Instant at) {
        return jdbc.sql("""
                update agenda_proposal set status = :status, review_note = :note, reviewed_by = :by, reviewed_at = :at
                where id = :id and status = 'PENDING'""")
                .param("status", decision.name()).param("note", note).param("by", reviewedBy)
                .param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    private static AgendaProposal proposal(ResultSet rs, int row) throws SQLException {
        Timestamp reviewed = rs.getTimestamp("reviewed_at");
        return new AgendaProposal(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("title"),
                rs.getString("description"), rs.getString("theme"), rs.getString("proposer_forvaltning"),
                rs.getString("proposed_lead"), rs.getString("proposed_by"), rs.getTimestamp("submitted_at").toInstant(),
                rs.getBoolean("late"), ProposalStatus.valueOf(rs.getString("status")), rs.getString("review_note"),
                rs.getString("reviewed_by"), reviewed == null ? null : reviewed.toInstant());
    }
}
