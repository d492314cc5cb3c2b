package dk.kk.almenstyring.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The record of every mail sent or attempted ({@code mail_log}). Reading is for everyone; writing is done by
 * {@link MailService} only, each write in a transaction of its own so that it stays even when the job that
 * ordered the mail rolls back.
 */
@Component
public class MailLog {

    private static final String COLUMNS = "id, mail_key, recipient_user_id, recipient_address, subject, template, "
            + "meeting_id, body, attachment_name, created_at, sent_at, status, attempts, last_error";
    private static final RowMapper<LoggedMail> ROW = MailLog::row;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    public MailLog(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The mails about one meeting, oldest first. */
    public List<LoggedMail> forMeeting(long meetingId) {
        return jdbc.query("select " + COLUMNS + " from mail_log where meeting_id = ? order by created_at, id",
                ROW, meetingId);
    }

    /** The latest mails, newest first. */
    public List<LoggedMail> recent(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return jdbc.query("select " + COLUMNS + " from mail_log order by created_at desc, id desc"
                + " fetch first ? rows only", ROW, limit);
    }

    public Optional<LoggedMail> byKey(String key) {
        return jdbc.query("select " + COLUMNS + " from mail_log where mail_key = ?", ROW, key).stream().findFirst();
    }

    boolean isSent(String key) {
        Integer sent = jdbc.queryForObject("select count(*) from mail_log where mail_key = ? and status = ?",
                Integer.class, key, MailStatus.SENT.name());
        return sent != null && sent > 0;
    }

    void recordSent(MailOrder order, MailTemplates.RenderedMail mail) {
        record(order, mail, MailStatus.SENT, null);
    }

    void recordFailure(MailOrder order, MailTemplates.RenderedMail mail, String error) {
        record(order, mail, MailStatus.FAILED, error);
    }

    private void record(MailOrder order, MailTemplates.RenderedMail mail, MailStatus status, String error) {
        try {
            ownTransaction.executeWithoutResult(tx -> upsert(order, mail, status, error));
        } catch (DuplicateKeyException e) {
            // Another attempt inserted the key between our lookup and our insert; now there is a row to update.
            ownTransaction.executeWithoutResult(tx -> upsert(order, mail, status, error));
        }
    }

    private void upsert(MailOrder order, MailTemplates.RenderedMail mail, MailStatus status, String error) {
        OffsetDateTime now = OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
        OffsetDateTime sentAt = status == MailStatus.SENT ? now : null;
        String subject = mail == null ? null : mail.subject();
        String body = mail == null ? null : mail.body();
        String attachmentName = order.attachment() == null ? null : order.attachment().filename();
        List<String> current = jdbc.queryForList("select status from mail_log where mail_key = ? for update",
                String.class, order.key());
        if (current.isEmpty()) {
            jdbc.update("insert into mail_log (mail_key, recipient_user_id, recipient_address, subject, template,"
                            + " meeting_id, body, attachment_name, created_at, sent_at, status, attempts, last_error)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
                    order.key(), order.recipient().userId(), order.recipient().email(), subject, order.template(),
                    order.meetingId(), body, attachmentName, now, sentAt, status.name(), truncate(error));
        } else if (!MailStatus.SENT.name().equals(current.get(0))) {
            // A failure never overwrites SENT: whatever a parallel attempt delivered stays delivered.
            jdbc.update("update mail_log set recipient_user_id = ?, recipient_address = ?, subject = ?, template = ?,"
                            + " meeting_id = ?, body = ?, attachment_name = ?, sent_at = ?, status = ?,"
                            + " attempts = attempts + 1, last_error = ? where mail_key = ?",
                    order.recipient().userId(), order.recipient().email(), subject, order.template(),
                    order.meetingId(), body, attachmentName, sentAt, status.name(), truncate(error), order.key());
        }
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 4000 ? error : error.substring(0, 4000);
    }

    private static LoggedMail row(ResultSet rs, int rowNum) throws SQLException {
        long rawMeetingId = rs.getLong("meeting_id");
        Long meetingId = rs.wasNull() ? null : rawMeetingId;
        return new LoggedMail(rs.getLong("id"), rs.getString("mail_key"), rs.getString("recipient_user_id"),
                rs.getString("recipient_address"), rs.getString("subject"), rs.getString("template"),
                meetingId, rs.getString("body"), rs.getString("attachment_name"),
                instant(rs, "created_at"), instant(rs, "sent_at"), MailStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), rs.getString("last_error"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
