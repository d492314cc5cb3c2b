package dk.kk.almenstyring.agreement;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.common.EngineClock;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The one register of agreements. Content and status change only through the agreement processes, by way of
 * {@link AgreementLifecycle}: every writing method names the process instance that owns the agreement, and is refused
 * for any other caller.
 */
@Repository
public class AgreementRegister {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da-DK"));

    private final JdbcClient jdbc;

    public AgreementRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new agreement in DRAFT with version 1. */
    public long create(NewAgreement a, String processInstanceId, Actor by) {
        if (a.parentId() != null) {
            withinParent(a.title(), a.validFrom(), a.validTo(), get(a.parentId()));
        }
        Instant now = EngineClock.now();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into agreement (level, title, parent_id, predecessor_id, status, current_version, valid_from,
                    valid_to, lead_forvaltning, forvaltning, organisation_id, estate_id, follow_up_date,
                    process_instance_id, created_by, created_at)
                values (:level, :title, :parent, :predecessor, 'DRAFT', 1, :from, :to, :lead, :forvaltning, :org,
                    :estate, :followUp, :pid, :by, :now)""")
                .param("level", a.level().name()).param("title", a.title()).param("parent", a.parentId())
                .param("predecessor", a.predecessorId()).param("from", date(a.validFrom())).param("to", date(a.validTo()))
                .param("lead", a.leadForvaltning()).param("forvaltning", a.forvaltning()).param("org", a.organisationId())
                .param("estate", a.estateId()).param("followUp", date(a.followUpDate())).param("pid", processInstanceId)
                .param("by", by.userId()).param("now", Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        insertVersion(id, 1, a.content(), null, by, now);
        history(id, null, AgreementStatus.DRAFT, "Oprettet", by, now);
        return id;
    }

    /** As {@link #create(NewAgreement, String, Actor)}, by a person (test fixtures, data set up by hand). */
    public long create(NewAgreement a, String processInstanceId, String byUser) {
        return create(a, processInstanceId, Actor.person(byUser));
    }

    /** As {@link #transition(long, AgreementStatus, String, String, Actor)}, by a person. */
    public void transition(long id, AgreementStatus to, String note, String processInstanceId, String byUser) {
        transition(id, to, note, processInstanceId, Actor.person(byUser));
    }

    /** As {@link #addVersion(long, AgreementContent, String, String, Actor)}, by a person. */
    public int addVersion(long id, AgreementContent content, String reason, String processInstanceId, String byUser) {
        return addVersion(id, content, reason, processInstanceId, Actor.person(byUser));
    }

    public Optional<Agreement> find(long id) {
        return jdbc.sql("select * from agreement where id = :id").param("id", id).query(AgreementRegister::agreement).optional();
    }

    public Agreement get(long id) {
        return find(id).orElseThrow(() -> new BadUserRequestException("Aftalen med nummer " + id + " findes ikke."));
    }

    public List<Agreement> all() {
        return jdbc.sql("select * from agreement order by level, id").query(AgreementRegister::agreement).list();
    }

    public List<Agreement> children(long parentId) {
        return jdbc.sql("select * from agreement where parent_id = :id order by level, id").param("id", parentId)
                .query(AgreementRegister::agreement).list();
    }

    /** Agreements made to follow this one (renewals). */
    public List<Agreement> successors(long id) {
        return jdbc.sql("select * from agreement where predecessor_id = :id order by id").param("id", id)
                .query(AgreementRegister::agreement).list();
    }

    /** The hovedaftale in force, if any. */
    public Optional<Agreement> activeHovedaftale() {
        return jdbc.sql("select * from agreement where level = 'HOVEDAFTALE' and status = 'ACTIVE' order by valid_from desc, id desc")
                .query(AgreementRegister::agreement).list().stream().findFirst();
    }

    // --- writes, each through the owning process -----------------------------------------------------------

    public void transition(long id, AgreementStatus to, String note, String processInstanceId, Actor by) {
        Agreement a = owned(id, processInstanceId);
        if (!a.status().canMoveTo(to)) {
            throw new BadUserRequestException("Aftalen '" + a.title() + "' kan ikke gå fra " + a.status() + " til " + to + ".");
        }
        if (to == AgreementStatus.ACTIVE) {
            inForceFrom(a);
        }
        jdbc.sql("update agreement set status = :to where id = :id").param("to", to.name()).param("id", id).update();
        history(id, a.status(), to, note, by, EngineClock.now());
    }

    /**
     * Records what happened to the agreement without changing its status (e.g. Borgmesterforum's outcome on the
     * draft it prepares), in the same history as the status changes.
     */
    public void note(long id, String note, String processInstanceId, Actor by) {
        Agreement a = owned(id, processInstanceId);
        history(id, a.status(), a.status(), note, by, EngineClock.now());
    }

    /** A new version (an adjustment or a renegotiated text); it becomes current once approved. */
    public int addVersion(long id, AgreementContent content, String reason, String processInstanceId, Actor by) {
        owned(id, processInstanceId);
        int next = versions(id).size() + 1;
        insertVersion(id, next, content, reason, by, EngineClock.now());
        return next;
    }

    /** Marks a version approved and makes it the current one. */
    public void approveVersion(long id, int version, String processInstanceId) {
        owned(id, processInstanceId);
        jdbc.sql("update agreement_version set state = 'APPROVED' where agreement_id = :id and version = :v")
                .param("id", id).param("v", version).update();
        jdbc.sql("update agreement set current_version = :v where id = :id").param("v", version).param("id", id).update();
    }

    public void rejectVersion(long id, int version, String processInstanceId) {
        owned(id, processInstanceId);
        jdbc.sql("update agreement_version set state = 'REJECTED' where agreement_id = :id and version = :v")
                .param("id", id).param("v", version).update();
    }

    /** The period of validity; an agreement beneath another lies within its parent's period. */
    public void setValidity(long id, LocalDate from, LocalDate to, String processInstanceId) {
        Agreement a = owned(id, processInstanceId);
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadUserRequestException("Aftalen '" + a.title() + "' kan ikke udløbe (" + day(to)
                    + ") før den begynder (" + day(from) + ").");
        }
        if (a.parentId() != null) {
            withinParent(a.title(), from, to, get(a.parentId()));
        }
        jdbc.sql("update agreement set valid_from = :from, valid_to = :to where id = :id")
                .param("from", date(from)).param("to", date(to)).param("id", id).update();
    }

    public void markPublished(long id, String processInstanceId) {
        owned(id, processInstanceId);
        jdbc.sql("update agreement set published_at = :at where id = :id").param("at", Timestamp.from(EngineClock.now()))
                .param("id", id).update();
    }

    public void setFollowUp(long id, LocalDate followUp, String processInstanceId) {
        owned(id, processInstanceId);
        jdbc.sql("update agreement set follow_up_date = :d where id = :id").param("d", date(followUp)).param("id", id).update();
    }

    /**
     * Registers one body's decision on one version. Date and case reference are required, and a body decides a
     * version once.
     */
    public void recordApproval(long id, int version, String body, boolean approved, LocalDate decidedOn,
            String caseReference, String reason, String processInstanceId, Actor by) {
        Agreement agreement = owned(id, processInstanceId);
        if (agreement.status() == AgreementStatus.REJECTED || agreement.status() == AgreementStatus.EXPIRED
                || agreement.status() == AgreementStatus.SUPERSEDED) {
            throw new BadUserRequestException("Aftalen '" + agreement.title() + "' har status " + agreement.status()
                    + "; der kan ikke længere træffes beslutning om den.");
        }
        if (decidedOn == null) {
            throw new BadUserRequestException("Angiv datoen for " + body + "s beslutning.");
        }
        if (caseReference == null || caseReference.isBlank()) {
            throw new BadUserRequestException("Angiv sagsnummeret for " + body + "s beslutning.");
        }
        if (!approved && (reason == null || reason.isBlank())) {
            throw new BadUserRequestException("Angiv begrundelsen for at " + body + " ikke godkender aftalen.");
        }
        AgreementVersion decided = versions(id).stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow(() -> new BadUserRequestException("Aftalen har ingen version " + version + "."));
        LocalDate created = decided.createdAt().atZone(DanishText.COPENHAGEN).toLocalDate();
        if (decidedOn.isBefore(created)) {
            throw new BadUserRequestException(body + "s beslutning kan ikke være truffet " + day(decidedOn)
                    + ", før version " + version + " af aftalen blev til (" + day(created) + ").");
        }
        if (decidedOn.isAfter(today())) {
            throw new BadUserRequestException(body + "s beslutning kan ikke være truffet i fremtiden ("
                    + day(decidedOn) + ").");
        }
        boolean already = jdbc.sql("select count(*) from agreement_approval where agreement_id = :id and version = :v and body = :b")
                .param("id", id).param("v", version).param("b", body).query(Integer.class).single() > 0;
        if (already) {
            throw new BadUserRequestException(body + " har allerede truffet beslutning om version " + version + " af aftalen.");
        }
        jdbc.sql("""
                insert into agreement_approval (agreement_id, version, body, decision, decided_on, case_reference, reason,
                    registered_by, registered_at)
                values (:id, :v, :body, :decision, :on, :ref, :reason, :by, :at)""")
                .param("id", id).param("v", version).param("body", body).param("decision", approved ? "APPROVED" : "REJECTED")
                .param("on", date(decidedOn)).param("ref", caseReference.trim()).param("reason", reason).param("by", by.userId())
                .param("at", Timestamp.from(EngineClock.now())).update();
    }

    // --- reads -----------------------------------------------------------------------------------------------

    public List<AgreementVersion> versions(long id) {
        return jdbc.sql("select * from agreement_version where agreement_id = :id order by version").param("id", id)
                .query((rs, n) -> new AgreementVersion(rs.getInt("version"), rs.getString("themes"),
                        read(rs.getString("goals"), new TypeReference<List<AgreementVersion.Goal>>() { }),
                        rs.getString("body"),
                        read(rs.getString("documents"), new TypeReference<List<AgreementVersion.Document>>() { }),
                        rs.getString("reason"), rs.getString("state"), rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    public List<AgreementApproval> approvals(long id) {
        return jdbc.sql("select * from agreement_approval where agreement_id = :id order by version, id").param("id", id)
                .query((rs, n) -> new AgreementApproval(rs.getInt("version"), rs.getString("body"), rs.getString("decision"),
                        rs.getDate("decided_on").toLocalDate(), rs.getString("case_reference"), rs.getString("reason"),
                        rs.getString("registered_by"), rs.getTimestamp("registered_at").toInstant()))
                .list();
    }

    public List<StatusChange> history(long id) {
        return jdbc.sql("select * from agreement_status_history where agreement_id = :id order by id").param("id", id)
                .query((rs, n) -> new StatusChange(rs.getString("from_status") == null ? null
                        : AgreementStatus.valueOf(rs.getString("from_status")), AgreementStatus.valueOf(rs.getString("to_status")),
                        rs.getString("note"), rs.getString("changed_by"), rs.getString("changed_by_timer"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    // --- internals ---------------------------------------------------------------------------------------------

    /** The agreement, if the caller is the process that owns it (or one it called). */
    private Agreement owned(long id, String processInstanceId) {
        Agreement a = get(id);
        if (processInstanceId == null || !processInstanceId.equals(a.processInstanceId())) {
            throw new BadUserRequestException("Aftalen '" + a.title() + "' kan kun ændres gennem sin egen proces.");
        }
        return a;
    }

    /** An agreement is in force only within its period: never before it starts (A1, A4), and only with one. */
    private static void inForceFrom(Agreement a) {
        if (a.validFrom() == null) {
            throw new BadUserRequestException("Aftalen '" + a.title() + "' har ingen aftaleperiode og kan ikke træde i kraft.");
        }
        if (today().isBefore(a.validFrom())) {
            throw new BadUserRequestException("Aftalen '" + a.title() + "' kan ikke træde i kraft før aftaleperioden begynder ("
                    + day(a.validFrom()) + ").");
        }
    }

    /** A delaftale lies within its hovedaftale's period, an enkeltaftale within its parent's. */
    private static void withinParent(String title, LocalDate from, LocalDate to, Agreement parent) {
        if (from != null && parent.validFrom() != null && from.isBefore(parent.validFrom())) {
            throw new BadUserRequestException("Aftalen '" + title + "' kan ikke gælde fra " + day(from)
                    + ", før '" + parent.title() + "' gælder (fra " + day(parent.validFrom()) + ").");
        }
        if (to != null && parent.validTo() != null && to.isAfter(parent.validTo())) {
            throw new BadUserRequestException("Aftalen '" + title + "' kan ikke gælde til " + day(to)
                    + ", efter at '" + parent.title() + "' udløber (" + day(parent.validTo()) + ").");
        }
    }

    /** "1. juli 2027". */
    private static String day(LocalDate date) {
        return DAY.format(date);
    }

    private static LocalDate today() {
        return EngineClock.now().atZone(DanishText.COPENHAGEN).toLocalDate();
    }

    private void insertVersion(long id, int version, AgreementContent c, String reason, Actor by, Instant at) {
        jdbc.sql("""
                insert into agreement_version (agreement_id, version, themes, goals, body, documents, reason, created_by, created_at)
                values (:id, :v, :themes, :goals, :body, :documents, :reason, :by, :at)""")
                .param("id", id).param("v", version).param("themes", c.themes()).param("goals", write(c.goals()))
                .param("body", c.body()).param("documents", write(c.documents())).param("reason", reason)
                .param("by", by.userId()).param("at", Timestamp.from(at)).update();
    }

    private void history(long id, AgreementStatus from, AgreementStatus to, String note, Actor by, Instant at) {
        jdbc.sql("""
                insert into agreement_status_history (agreement_id, from_status, to_status, note, changed_by,
                    changed_by_timer, changed_at)
                values (:id, :from, :to, :note, :by, :timer, :at)""")
                .param("id", id).param("from", from == null ? null : from.name()).param("to", to.name())
                .param("note", note).param("by", by.userId()).param("timer", by.timer())
                .param("at", Timestamp.from(at)).update();
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static String write(Object value) {
        try {
            return value == null ? null : JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static <T> List<T> read(String json, TypeReference<List<T>> type) {
        try {
            return json == null ? List.of() : JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Agreement agreement(ResultSet rs, int row) throws SQLException {
        Date from = rs.getDate("valid_from");
        Date to = rs.getDate("valid_to");
        Date followUp = rs.getDate("follow_up_date");
        Timestamp published = rs.getTimestamp("published_at");
        return new Agreement(rs.getLong("id"), AgreementLevel.valueOf(rs.getString("level")), rs.getString("title"),
                nullableLong(rs, "parent_id"), nullableLong(rs, "predecessor_id"),
                AgreementStatus.valueOf(rs.getString("status")), rs.getInt("current_version"),
                from == null ? null : from.toLocalDate(), to == null ? null : to.toLocalDate(),
                rs.getString("lead_forvaltning"), rs.getString("forvaltning"), nullableLong(rs, "organisation_id"),
                nullableLong(rs, "estate_id"), followUp == null ? null : followUp.toLocalDate(),
                published == null ? null : published.toInstant(), rs.getString("process_instance_id"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
