package dk.kk.almenstyring.accession;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dk.kk.almenstyring.housing.HousingOrganisation;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who was invited to accede to which hovedaftale, and who answered what (A5): one row per agreement and
 * organisation. An answer is given once; a second one is refused and changes nothing.
 */
@Repository
public class AccessionRegister {

    private final JdbcClient jdbc;

    public AccessionRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the invitation; an organisation is invited to an agreement once. */
    public void invite(long agreementId, HousingOrganisation organisation, Instant at) {
        if (find(agreementId, organisation.code()).isPresent()) {
            throw new BadUserRequestException(organisation.name() + " er allerede inviteret til at tilslutte sig aftale "
                    + agreementId + ".");
        }
        jdbc.sql("insert into accession (agreement_id, organisation_id, invited_at) values (:a, :o, :at)")
                .param("a", agreementId).param("o", organisation.id()).param("at", Timestamp.from(at)).update();
    }

    public boolean isInvited(long agreementId, long organisationId) {
        return jdbc.sql("select count(*) from accession where agreement_id = :a and organisation_id = :o")
                .param("a", agreementId).param("o", organisationId).query(Integer.class).single() > 0;
    }

    /**
     * Records the organisation's answer. {@code answer} is ACCEDED or DECLINED; a decline needs a reason.
     *
     * @throws BadUserRequestException when the answer is invalid, the organisation was not invited, or it has
     *                                 already answered (the register is then unchanged)
     */
    public void answer(long agreementId, String organisationCode, String answer, String reason, String by, Instant at) {
        if (!AccessionProcess.ACCEDED.equals(answer) && !AccessionProcess.DECLINED.equals(answer)) {
            throw new BadUserRequestException("Angiv om organisationen tilslutter sig aftalen eller ej.");
        }
        if (AccessionProcess.DECLINED.equals(answer) && (reason == null || reason.isBlank())) {
            throw new BadUserRequestException("Angiv en begrundelse, når organisationen ikke tilslutter sig aftalen.");
        }
        AccessionStatus status = find(agreementId, organisationCode).orElseThrow(() -> new BadUserRequestException(
                "Boligorganisationen '" + organisationCode + "' er ikke inviteret til at tilslutte sig aftale " + agreementId + "."));
        int updated = jdbc.sql("""
                update accession set answer = :answer, reason = :reason, answered_by = :by, answered_at = :at
                where agreement_id = :a and organisation_id = (select id from housing_organisation where code = :code)
                  and answer is null""")
                .param("answer", answer).param("reason", AccessionProcess.DECLINED.equals(answer) ? reason.trim() : null)
                .param("by", by).param("at", Timestamp.from(at)).param("a", agreementId)
                .param("code", status.organisationCode()).update();
        if (updated == 0) {
            throw new BadUserRequestException(status.organisationName() + " har allerede svaret på invitationen ("
                    + (AccessionProcess.ACCEDED.equals(status.answer()) ? "tilsluttet" : "ikke tilsluttet") + ").");
        }
    }

    /** Counts one more reminder and returns its number (1 for the first). */
    public int countReminder(long agreementId, String organisationCode) {
        jdbc.sql("""
                update accession set reminders = reminders + 1
                where agreement_id = :a and organisation_id = (select id from housing_organisation where code = :code)""")
                .param("a", agreementId).param("code", organisationCode).update();
        return find(agreementId, organisationCode).orElseThrow().reminders();
    }

    public Optional<AccessionStatus> find(long agreementId, String organisationCode) {
        return jdbc.sql(SELECT + " where a.agreement_id = :a and upper(o.code) = upper(:code)")
                .param("a", agreementId).param("code", organisationCode == null ? "" : organisationCode.trim())
                .query(AccessionRegister::status).optional();
    }

    /** Every invited organisation and where it stands, by name: acceded, declined or not answered. */
    public List<AccessionStatus> overview(long agreementId) {
        return jdbc.sql(SELECT + " where a.agreement_id = :a order by o.name").param("a", agreementId)
                .query(AccessionRegister::status).list();
    }

    private static final String SELECT = """
            select o.code, o.name, o.bl_member, a.answer, a.reason, a.answered_by, a.answered_at, a.invited_at, a.reminders
            from accession a join housing_organisation o on o.id = a.organisation_id""";

    private static AccessionStatus status(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp answeredAt = rs.getTimestamp("answered_at");
        String answer = rs.getString("answer");
        return new AccessionStatus(rs.getString("code"), rs.getString("name"), rs.getBoolean("bl_member"),
                answer == null ? AccessionStatus.NOT_ANSWERED : answer, rs.getString("reason"), rs.getString("answered_by"),
                answeredAt == null ? null : answeredAt.toInstant(), rs.getTimestamp("invited_at").toInstant(),
                rs.getInt("reminders"));
    }
}
