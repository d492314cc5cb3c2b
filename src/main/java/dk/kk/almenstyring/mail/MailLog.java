package dk.kk.almenstyring.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The record of every mail sent or attempted ({@code mail_log}), one row per idempotency key. Reading is for
 * everyone (on the application's connections); every write goes through {@link MailLogDatabase}, in a short
 * transaction of its own, so that it is committed before the SMTP server is contacted and stays when the job that
 * ordered the mail rolls back.
 */
@Component
public class MailLog {

    private static final String COLUMNS = "id, mail_key, recipient_user_id, recipient_address, subject, template, "
            + "meeting_id, body, attachment_name, created_at, sent_at, status, attempts, last_error, message_id";
    private static final RowMapper<LoggedMail> ROW = MailLog::row;
    /** Keys per {@code in (...)} list: well below every database's limit on bind parameters. */
    private static final int CHUNK = 200;
    private static final int MAX_ERROR = 4000;

    /** What an attempt may do with a mail it was asked to send. */
    enum Claim {
        /** Claimed (now SENDING): hand it to the SMTP server. */
        SEND,
        /** Sent before: nothing to do. */
        ALREADY_SENT,
        /** UNKNOWN before: left to the operator, not sent again. */
        ALREADY_UNKNOWN,
        /** Found SENDING: an earlier attempt never recorded its outcome. Now UNKNOWN; not sent again. */
        FOUND_UNFINISHED
    }

    private final JdbcTemplate reader;
    private final MailLogDatabase writer;

    public MailLog(JdbcTemplate jdbc, MailLogDatabase writer) {
        this.reader = jdbc;
        this.writer = writer;
    }

    /** The mails about one meeting, oldest first. */
    public List<LoggedMail> forMeeting(long meetingId) {
        return reader.query("select " + COLUMNS + " from mail_log where meeting_id = ? order by created_at, id",
                ROW, meetingId);
    }

    /** The latest mails, newest first. */
    public List<LoggedMail> recent(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return reader.query("select " + COLUMNS + " from mail_log order by created_at desc, id desc"
                + " fetch first ? rows only", ROW, limit);
    }

    /** The mails in one state, oldest first: what the operator looks at for UNKNOWN and FAILED. */
    public List<LoggedMail> withStatus(MailStatus status, int limit) {
        return reader.query("select " + COLUMNS + " from mail_log where status = ? order by created_at, id"
                + " fetch first ? rows only", ROW, status.name(), limit);
    }

    public Optional<LoggedMail> byKey(String key) {
        return reader.query("select " + COLUMNS + " from mail_log where mail_key = ?", ROW, key).stream().findFirst();
    }

    /**
     * Decides, for each mail of one step, whether this attempt sends it, and commits that decision before anything
     * goes to the SMTP server: new and FAILED mails become SENDING (with their Message-ID), SENDING ones found
     * from an earlier attempt become UNKNOWN.
     */
    Map<String, Claim> claim(List<PreparedMail> mails) {
        try {
            return writer.transaction().execute(tx -> claimInTransaction(mails));
        } catch (DuplicateKeyException e) {
            // A concurrent attempt inserted one of the keys between our lookup and our insert; now it has a row.
            return writer.transaction().execute(tx -> claimInTransaction(mails));
        }
    }

    private Map<String, Claim> claimInTransaction(List<PreparedMail> mails) {
        OffsetDateTime now = now();
        Map<String, String> current = lockedStatuses(mails.stream().map(PreparedMail::key).toList());
        Map<String, Claim> claims = new LinkedHashMap<>();
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> retries = new ArrayList<>();
        List<Object[]> unfinished = new ArrayList<>();
        for (PreparedMail mail : mails) {
            String status = current.get(mail.key());
            if (status == null) {
                inserts.add(new Object[] {mail.key(), mail.order().recipient().userId(), mail.order().recipient().email(),
                        mail.rendered().subject(), mail.order().template(), mail.order().meetingId(),
                        mail.rendered().body(), attachmentName(mail.order()), now, MailStatus.SENDING.name(),
                        mail.messageId(), now});
                claims.put(mail.key(), Claim.SEND);
            } else if (MailStatus.FAILED.name().equals(status)) {
                retries.add(new Object[] {mail.order().recipient().userId(), mail.order().recipient().email(),
                        mail.rendered().subject(), mail.order().template(), mail.order().meetingId(),
                        mail.rendered().body(), attachmentName(mail.order()), MailStatus.SENDING.name(),
                        mail.messageId(), now, mail.key()});
                claims.put(mail.key(), Claim.SEND);
            } else if (MailStatus.SENDING.name().equals(status)) {
                unfinished.add(new Object[] {MailStatus.UNKNOWN.name(), now,
                        "Sendt muligvis: et tidligere forsøg nåede ikke at registrere, om mailserveren modtog mailen",
                        mail.key()});
                claims.put(mail.key(), Claim.FOUND_UNFINISHED);
            } else if (MailStatus.UNKNOWN.name().equals(status)) {
                claims.put(mail.key(), Claim.ALREADY_UNKNOWN);
            } else {
                claims.put(mail.key(), Claim.ALREADY_SENT);
            }
        }
        JdbcTemplate jdbc = writer.jdbc();
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("insert into mail_log (mail_key, recipient_user_id, recipient_address, subject, template,"
                    + " meeting_id, body, attachment_name, created_at, status, attempts, message_id, status_changed_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)", inserts);
        }
        if (!retries.isEmpty()) {
            jdbc.batchUpdate("update mail_log set recipient_user_id = ?, recipient_address = ?, subject = ?,"
                    + " template = ?, meeting_id = ?, body = ?, attachment_name = ?, status = ?, message_id = ?,"
                    + " status_changed_at = ?, attempts = attempts + 1 where mail_key = ?", retries);
        }
        if (!unfinished.isEmpty()) {
            jdbc.batchUpdate("update mail_log set status = ?, status_changed_at = ?, last_error = ? where mail_key = ?",
                    unfinished);
        }
        return claims;
    }

    private Map<String, String> lockedStatuses(List<String> keys) {
        Map<String, String> statuses = new HashMap<>();
        for (int from = 0; from < keys.size(); from += CHUNK) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            writer.jdbc().query("select mail_key, status from mail_log where mail_key in (" + marks + ") for update",
                    rs -> {
                        statuses.put(rs.getString(1), rs.getString(2));
                    }, chunk.toArray());
        }
        return statuses;
    }

    /**
     * Records what the SMTP server said about the mails this attempt claimed. SENT is the truth whatever another
     * attempt wrote meanwhile; FAILED and UNKNOWN replace only this attempt's SENDING (or a concurrent attempt's
     * UNKNOWN, which a certain failure makes retryable again).
     */
    void recordOutcomes(List<PreparedMail> sent, Map<PreparedMail, String> failed, Map<PreparedMail, String> unknown) {
        OffsetDateTime now = now();
        List<Object[]> sentRows = sent.stream().map(mail -> new Object[] {MailStatus.SENT.name(), now, now, mail.key()})
                .toList();
        List<Object[]> failedRows = failed.entrySet().stream().map(e -> new Object[] {MailStatus.FAILED.name(), now,
                truncate(e.getValue()), e.getKey().key()}).toList();
        List<Object[]> unknownRows = unknown.entrySet().stream().map(e -> new Object[] {MailStatus.UNKNOWN.name(), now,
                truncate("Sendt muligvis: " + e.getValue()), e.getKey().key()}).toList();
        writer.transaction().executeWithoutResult(tx -> {
            JdbcTemplate jdbc = writer.jdbc();
            if (!sentRows.isEmpty()) {
                jdbc.batchUpdate("update mail_log set status = ?, sent_at = ?, status_changed_at = ?, last_error = null"
                        + " where mail_key = ?", sentRows);
            }
            if (!failedRows.isEmpty()) {
                jdbc.batchUpdate("update mail_log set status = ?, status_changed_at = ?, last_error = ?"
                        + " where mail_key = ? and status in ('SENDING', 'UNKNOWN')", failedRows);
            }
            if (!unknownRows.isEmpty()) {
                jdbc.batchUpdate("update mail_log set status = ?, status_changed_at = ?, last_error = ?"
                        + " where mail_key = ? and status = 'SENDING'", unknownRows);
            }
        });
    }

    /**
     * A mail that could not even be written (no valid address, a template value missing): FAILED, never touching a
     * mail that was sent (or may have been) before.
     */
    void recordUnsendable(MailOrder order, MailTemplates.RenderedMail mail, String error) {
        OffsetDateTime now = now();
        String subject = mail == null ? null : mail.subject();
        String body = mail == null ? null : mail.body();
        Runnable upsert = () -> {
            int updated = writer.jdbc().update("update mail_log set recipient_user_id = ?, recipient_address = ?,"
                            + " subject = ?, template = ?, meeting_id = ?, body = ?, attachment_name = ?, status = ?,"
                            + " status_changed_at = ?, attempts = attempts + 1, last_error = ?"
                            + " where mail_key = ? and status = 'FAILED'",
                    order.recipient().userId(), order.recipient().email(), subject, order.template(), order.meetingId(),
                    body, attachmentName(order), MailStatus.FAILED.name(), now, truncate(error), order.key());
            if (updated == 0 && statusOf(writer.jdbc(), order.key()).isEmpty()) {
                writer.jdbc().update("insert into mail_log (mail_key, recipient_user_id, recipient_address, subject,"
                                + " template, meeting_id, body, attachment_name, created_at, status, attempts, last_error,"
                                + " status_changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                        order.key(), order.recipient().userId(), order.recipient().email(), subject, order.template(),
                        order.meetingId(), body, attachmentName(order), now, MailStatus.FAILED.name(), truncate(error),
                        now);
            }
        };
        try {
            writer.transaction().executeWithoutResult(tx -> upsert.run());
        } catch (DuplicateKeyException e) {
            writer.transaction().executeWithoutResult(tx -> upsert.run());
        }
    }

    /** The state of one mail as the writers see it (committed), if it has a row. */
    Optional<MailStatus> statusOf(String key) {
        return statusOf(writer.jdbc(), key);
    }

    private static Optional<MailStatus> statusOf(JdbcTemplate jdbc, String key) {
        return jdbc.queryForList("select status from mail_log where mail_key = ?", String.class, key).stream()
                .findFirst().map(MailStatus::valueOf);
    }

    private static String attachmentName(MailOrder order) {
        return order.attachment() == null ? null : order.attachment().filename();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
    }

    private static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }

    private static LoggedMail row(ResultSet rs, int rowNum) throws SQLException {
        long rawMeetingId = rs.getLong("meeting_id");
        Long meetingId = rs.wasNull() ? null : rawMeetingId;
        return new LoggedMail(rs.getLong("id"), rs.getString("mail_key"), rs.getString("recipient_user_id"),
                rs.getString("recipient_address"), rs.getString("subject"), rs.getString("template"),
                meetingId, rs.getString("body"), rs.getString("attachment_name"),
                instant(rs, "created_at"), instant(rs, "sent_at"), MailStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), rs.getString("last_error"), rs.getString("message_id"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
