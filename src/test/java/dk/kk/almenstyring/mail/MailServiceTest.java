package dk.kk.almenstyring.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.kk.almenstyring.TestSmtp;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Transport;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Real SMTP: the mails go to GreenMail on a port Maven reserved (TestSmtp) and are read back as a member's mail client reads them.
 * The database is the test profile's (H2, or PostgreSQL when a suite sets SPRING_DATASOURCE_URL); it may be
 * shared with other suites, so every test uses keys and a meeting id of its own.
 */
@SpringBootTest(classes = MailTestConfiguration.class,
        // A display name with a comma: a plain address-list parse would make two addresses of it.
        properties = {"almen.mail.from=Sekretariatet, TMF Center for Bydesign <almen-styring@kk.dk>",
                // A failed record is not tried again here; the test that wants it sets its own patience.
                "almen.mail.record-patience=PT0S"})
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class MailServiceTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

    static final Instant NOW = Instant.parse("2027-03-01T08:15:00Z");
    static final Recipient SOEREN = new Recipient("soeren", "Søren Ørsted", "soeren@bl.example");

    @Autowired
    MailService mailService;
    @Autowired
    MailLog mailLog;
    @Autowired
    CalendarInvitations invitations;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JavaMailSender sender;
    @Autowired
    MailTemplates templates;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MailLogDatabase mailLogDatabase;

    long meetingId;

    @BeforeEach
    void setUp() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        // A meeting id of its own per test, so forMeeting() sees only this test's mails.
        meetingId = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aMemberReceivesTheDanishAgendaAndItIsRecordedAsSent() throws Exception {
        String key = key("agenda");

        mailService.send(new MailOrder(key, SOEREN, "agenda", MailModels.full(MailTemplate.AGENDA), meetingId, null));

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("Dagsorden: Samarbejdsforum torsdag den 25. marts 2027");
        InternetAddress to = (InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0];
        assertThat(to.getAddress()).isEqualTo("soeren@bl.example");
        assertThat(to.getPersonal()).isEqualTo("Søren Ørsted");
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("almen-styring@kk.dk");
        assertThat(from.getPersonal()).isEqualTo("Sekretariatet, TMF Center for Bydesign");
        assertThat(new ContentType(mail.getContentType()).getParameter("charset")).isEqualToIgnoringCase("UTF-8");
        assertThat(mail.getSentDate()).isEqualTo(Date.from(NOW));
        // SMTP carries lines as CRLF.
        String text = ((String) mail.getContent()).replace("\r\n", "\n");
        assertThat(text).startsWith("Kære Søren Ørsted-Ågård")
                .contains("2. Udlejning af almene familieboliger\n    Ansvarlig: SOF")
                .contains("offentliggøres også på Københavns Kommunes hjemmeside");

        LoggedMail logged = mailLog.byKey(key).orElseThrow();
        assertThat(logged.status()).isEqualTo(MailStatus.SENT);
        assertThat(logged.sentAt()).isEqualTo(NOW);
        assertThat(logged.createdAt()).isEqualTo(NOW);
        assertThat(logged.attempts()).isEqualTo(1);
        assertThat(logged.recipientUserId()).isEqualTo("soeren");
        assertThat(logged.recipientAddress()).isEqualTo("soeren@bl.example");
        assertThat(logged.subject()).isEqualTo(mail.getSubject());
        assertThat(logged.body().strip()).isEqualTo(text.strip());
        assertThat(logged.template()).isEqualTo("agenda");
        assertThat(logged.meetingId()).isEqualTo(meetingId);
        assertThat(logged.lastError()).isNull();
        assertThat(mailLog.forMeeting(meetingId)).extracting(LoggedMail::key).containsExactly(key);
    }

    @Test
    void theSameKeyTwiceSendsOnce() {
        MailOrder order = new MailOrder(key("reminder"), SOEREN, "deadline-reminder",
                MailModels.full(MailTemplate.DEADLINE_REMINDER), meetingId, null);

        mailService.send(order);
        mailService.send(order);

        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(mailLog.byKey(order.key()).orElseThrow().attempts()).isEqualTo(1);
    }

    @Test
    void aMailOrderedInATransactionThatRollsBackIsNotSentAndTheRetrySendsItOnce() {
        MailOrder order = new MailOrder(key("minutes"), SOEREN, "minutes", MailModels.full(MailTemplate.MINUTES),
                meetingId, null);

        // The Camunda job that orders the mail fails afterwards and rolls back its transaction.
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            mailService.send(order);
            tx.setRollbackOnly();
        });
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(mailLog.byKey(order.key())).isEmpty();
        // The job is retried.
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> mailService.send(order));

        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(mailLog.byKey(order.key()).orElseThrow().status()).isEqualTo(MailStatus.SENT);
    }

    @Test
    void aShortDatabaseOutageAfterTheSendEndsWithTheMailRecordedAsSent() {
        MailOrder order = new MailOrder(key("agenda"), SOEREN, "deadline-reminder",
                MailModels.full(MailTemplate.DEADLINE_REMINDER), meetingId, null);
        AtomicInteger attempts = new AtomicInteger();
        MailService patient = serviceWith(sender, new MailLog(jdbc, mailLogDatabase) {
            @Override
            void recordOutcomes(List<PreparedMail> sent, Map<PreparedMail, String> failed,
                    Map<PreparedMail, String> unknown) {
                if (attempts.incrementAndGet() == 1) {
                    throw new CannotGetJdbcConnectionException("database restarting");
                }
                if (attempts.get() == 2) {
                    throw new TransactionSystemException("JDBC commit failed: terminating connection");
                }
                super.recordOutcomes(sent, failed, unknown);
            }
        });
        ReflectionTestUtils.setField(patient, "recordPatience", Duration.ofSeconds(10));

        patient.send(order);

        assertThat(attempts).hasValue(3);
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(mailLog.byKey(order.key()).orElseThrow().status()).isEqualTo(MailStatus.SENT);
    }

    @Test
    void theMailsOfOneStepGoOutInOneSmtpSessionWhenItCommitsEachToItsRecipient() throws Exception {
        CountingMailSender counting = new CountingMailSender();
        MailService service = serviceWith(counting, mailLog);
        List<Recipient> members = List.of(SOEREN, new Recipient("lise", "Lise Lund", "lise@llo.example"),
                new Recipient("ole", "Ole Olsen", "ole@okf.example"));
        String step = key("agenda");

        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            members.forEach(member -> service.send(new MailOrder(step + "/" + member.userId(), member, "agenda",
                    MailModels.full(MailTemplate.AGENDA), meetingId, null)));
            // Nothing leaves before the step's transaction commits.
            assertThat(greenMail.getReceivedMessages()).isEmpty();
        });

        assertThat(counting.connections).isEqualTo(1);
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(3);
        for (MimeMessage mail : received) {
            assertThat(mail.getRecipients(Message.RecipientType.TO)).hasSize(1);
        }
        assertThat(List.of(received).stream().map(m -> address(m)).toList())
                .containsExactlyInAnyOrder("soeren@bl.example", "lise@llo.example", "ole@okf.example");
        assertThat(mailLog.forMeeting(meetingId)).extracting(LoggedMail::status).containsOnly(MailStatus.SENT);
    }

    @Test
    void everyMailCarriesAStableMessageIdThatIsRecorded() throws Exception {
        String key = key("agenda");

        mailService.send(new MailOrder(key, SOEREN, "agenda", MailModels.full(MailTemplate.AGENDA), meetingId, null));

        String messageId = single().getMessageID();
        assertThat(messageId).isEqualTo(mailService.messageId(key)).matches("<almen\\.[0-9a-f]{32}@kk\\.dk>");
        assertThat(mailLog.byKey(key).orElseThrow().messageId()).isEqualTo(messageId);
        assertThat(mailService.messageId(key("other"))).isNotEqualTo(messageId);
    }

    @Test
    void whenTheOutcomeCouldNotBeRecordedTheRetryRecordsUnknownAndDoesNotSendAgain(CapturedOutput output) {
        MailOrder order = new MailOrder(key("invitation"), SOEREN, "deadline-reminder",
                MailModels.full(MailTemplate.DEADLINE_REMINDER), meetingId, null);
        // The database goes away between the SMTP server taking the mail and the outcome being recorded.
        MailService cutShort = serviceWith(sender, new MailLog(jdbc, mailLogDatabase) {
            @Override
            void recordOutcomes(List<PreparedMail> sent, Map<PreparedMail, String> failed,
                    Map<PreparedMail, String> unknown) {
                throw new DataAccessResourceFailureException("database gone");
            }
        });

        assertThatThrownBy(() -> cutShort.send(order)).isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(mailLog.byKey(order.key()).orElseThrow().status()).isEqualTo(MailStatus.SENDING);

        // The job is retried once the database is back.
        restoreService();
        mailService.send(order);
        mailService.send(order);

        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        LoggedMail unknown = mailLog.byKey(order.key()).orElseThrow();
        assertThat(unknown.status()).isEqualTo(MailStatus.UNKNOWN);
        assertThat(unknown.lastError()).startsWith("Sendt muligvis");
        assertThat(unknown.sentAt()).isNull();
        String messageId = mailService.messageId(order.key());
        assertThat(output.getOut()).containsOnlyOnce("Mail UNKNOWN (sendt muligvis), not sent again: Message-ID "
                + messageId + " to soeren <soeren@bl.example>");
    }

    @Test
    void anSmtpFailureIsRecordedAndThrownAndTheRetrySendsExactlyOnce() {
        MailOrder order = new MailOrder(key("escalation"), SOEREN, "deadline-escalation",
                MailModels.full(MailTemplate.DEADLINE_ESCALATION), meetingId, null);
        greenMail.stop();

        assertThatThrownBy(() -> mailService.send(order))
                .isInstanceOf(MailDeliveryException.class)
                .hasMessageContaining(order.key())
                .hasMessageContaining("soeren")
                .hasMessageContaining("kunne ikke afleveres");
        LoggedMail failed = mailLog.byKey(order.key()).orElseThrow();
        assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.sentAt()).isNull();
        assertThat(failed.lastError()).isNotBlank();
        assertThat(failed.subject()).startsWith("Overskredet frist");

        greenMail.start();
        ClockUtil.setCurrentTime(Date.from(NOW.plusSeconds(300)));
        mailService.send(order);
        mailService.send(order);

        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        LoggedMail sent = mailLog.byKey(order.key()).orElseThrow();
        assertThat(sent.status()).isEqualTo(MailStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.createdAt()).isEqualTo(NOW);
        assertThat(sent.sentAt()).isEqualTo(NOW.plusSeconds(300));
        assertThat(sent.lastError()).isNull();
    }

    @Test
    void anInvalidAddressIsRecordedAsFailedAndNamesTheUser() {
        Recipient broken = new Recipient("lise", "Lise Lund", "lise.lund(at)llo.example");
        MailOrder order = new MailOrder(key("cancelled"), broken, "meeting-cancelled",
                MailModels.full(MailTemplate.MEETING_CANCELLED), meetingId, null);

        assertThatThrownBy(() -> mailService.send(order))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'lise'")
                .hasMessageContaining("lise.lund(at)llo.example");

        assertThat(greenMail.getReceivedMessages()).isEmpty();
        LoggedMail logged = mailLog.byKey(order.key()).orElseThrow();
        assertThat(logged.status()).isEqualTo(MailStatus.FAILED);
        assertThat(logged.lastError()).contains("lise");
    }

    @Test
    void aMissingTemplateValueSendsNothingAndIsRecordedAsFailed() {
        Map<String, Object> model = MailModels.full(MailTemplate.INVITATION);
        model.remove("agendaDeadline");
        MailOrder order = new MailOrder(key("invitation"), SOEREN, "invitation", model, meetingId, null);

        assertThatThrownBy(() -> mailService.send(order))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("agendaDeadline");

        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(mailLog.byKey(order.key()).orElseThrow().status()).isEqualTo(MailStatus.FAILED);
    }

    @Test
    void theInvitationReceivedOverSmtpCarriesACalendarRequestForTheMeeting() throws Exception {
        CalendarEvent event = CalendarInvitationsTest.event(1);
        MailOrder order = new MailOrder(key("invitation"), SOEREN, "invitation",
                MailModels.full(MailTemplate.INVITATION), meetingId, invitations.request(event));

        mailService.send(order);

        MimeMessage mail = single();
        assertThat(mail.getSubject()).startsWith("Indkaldelse til ekstraordinært møde i Samarbejdsforum");
        assertThat(ReceivedMail.of(mail).text()).contains("Du indkaldes hermed").contains("kalenderinvitation");
        List<Part> calendarParts = parts(mail, "text/calendar");
        assertThat(calendarParts).hasSize(2);
        Part file = calendarParts.stream().filter(p -> fileName(p) != null).findFirst().orElseThrow();
        assertThat(file.getFileName()).isEqualTo("invite.ics");
        ContentType type = new ContentType(file.getContentType());
        assertThat(type.getParameter("method")).isEqualTo("REQUEST");
        assertThat(type.getParameter("charset")).isEqualToIgnoringCase("UTF-8");
        // The inline alternative to the text is what Outlook and Gmail act on.
        Part inline = calendarParts.stream().filter(p -> fileName(p) == null).findFirst().orElseThrow();
        assertThat(new ContentType(inline.getContentType()).getParameter("method")).isEqualTo("REQUEST");

        Calendar calendar = parse(file);
        assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).hasValue("REQUEST");
        VEvent vevent = CalendarInvitationsTest.onlyEvent(calendar);
        assertThat(CalendarInvitationsTest.instant(vevent.getStartDate())).isEqualTo(CalendarInvitationsTest.START);
        assertThat(CalendarInvitationsTest.instant(vevent.getEndDate())).isEqualTo(CalendarInvitationsTest.END);
        assertThat(CalendarInvitationsTest.value(vevent, Property.LOCATION)).isEqualTo(event.location());
        assertThat(CalendarInvitationsTest.value(vevent, Property.UID)).isEqualTo(event.uid());
        assertThat(CalendarInvitationsTest.value(vevent, Property.SEQUENCE)).isEqualTo("1");
        assertThat(parse(inline).toString()).isEqualTo(calendar.toString());
        assertThat(mailLog.byKey(order.key()).orElseThrow().attachmentName()).isEqualTo("invite.ics");
    }

    @Test
    void theCancellationReceivedOverSmtpCancelsTheMeetingInTheCalendar() throws Exception {
        CalendarEvent event = CalendarInvitationsTest.event(2);
        MailOrder order = new MailOrder(key("cancelled"), SOEREN, "meeting-cancelled",
                MailModels.full(MailTemplate.MEETING_CANCELLED), meetingId, invitations.cancel(event));

        mailService.send(order);

        MimeMessage mail = single();
        assertThat(mail.getSubject()).isEqualTo("Aflyst: mødet i Samarbejdsforum torsdag den 25. marts 2027");
        assertThat(ReceivedMail.of(mail).text()).contains("er aflyst").contains("kalenderaflysning");
        assertThat(ReceivedMail.of(mail).attachments()).containsExactly("cancel.ics");
        Part file = parts(mail, "text/calendar").stream().filter(p -> fileName(p) != null).findFirst().orElseThrow();
        assertThat(new ContentType(file.getContentType()).getParameter("method")).isEqualTo("CANCEL");
        Calendar calendar = parse(file);
        assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).hasValue("CANCEL");
        VEvent vevent = CalendarInvitationsTest.onlyEvent(calendar);
        assertThat(CalendarInvitationsTest.value(vevent, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(CalendarInvitationsTest.value(vevent, Property.UID)).isEqualTo(event.uid());
        assertThat(CalendarInvitationsTest.value(vevent, Property.SEQUENCE)).isEqualTo("2");
    }

    @Test
    void recentListsTheNewestFirst() {
        String first = key("first");
        String second = key("second");
        mailService.send(new MailOrder(first, SOEREN, "deadline-reminder",
                MailModels.full(MailTemplate.DEADLINE_REMINDER), meetingId, null));
        ClockUtil.setCurrentTime(Date.from(NOW.plusSeconds(60)));
        mailService.send(new MailOrder(second, SOEREN, "deadline-escalation",
                MailModels.full(MailTemplate.DEADLINE_ESCALATION), meetingId, null));

        assertThat(mailLog.recent(Integer.MAX_VALUE)).extracting(LoggedMail::key).filteredOn(k -> k.equals(first) || k.equals(second))
                .containsExactly(second, first);
        assertThat(mailLog.recent(1)).hasSize(1);
        assertThat(mailLog.forMeeting(meetingId)).extracting(LoggedMail::key).containsExactly(first, second);
    }

    @Test
    void theConfiguredSenderMayHaveNonAsciiInItsName() throws Exception {
        InternetAddress from = MailService.fromAddress("TMF Center for Bydesign – sekretariatet <almen-styring@kk.dk>");

        assertThat(from.getAddress()).isEqualTo("almen-styring@kk.dk");
        assertThat(from.getPersonal()).isEqualTo("TMF Center for Bydesign – sekretariatet");
        assertThat(MailService.fromAddress("almen-styring@kk.dk").getAddress()).isEqualTo("almen-styring@kk.dk");
        assertThatThrownBy(() -> MailService.fromAddress("sekretariatet")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSecretariatAsCalendarOrganizerIsReadAsTheSenderIsCommaInTheNameIncluded() {
        assertThat(Recipient.secretariat("TMF, sekretariatet <almen-styring@kk.dk>"))
                .isEqualTo(new Recipient("sekretariat", "TMF, sekretariatet", "almen-styring@kk.dk"));
        assertThat(Recipient.secretariat("almen-styring@kk.dk"))
                .isEqualTo(new Recipient("sekretariat", "almen-styring@kk.dk", "almen-styring@kk.dk"));
    }

    /** The application's mail service with another sender or mail log, put back after the test. */
    MailService serviceWith(JavaMailSender mailSender, MailLog log) {
        ReflectionTestUtils.setField(mailService, "sender", mailSender);
        ReflectionTestUtils.setField(mailService, "mailLog", log);
        return mailService;
    }

    @AfterEach
    void restoreService() {
        ReflectionTestUtils.setField(mailService, "sender", sender);
        ReflectionTestUtils.setField(mailService, "mailLog", mailLog);
        ReflectionTestUtils.setField(mailService, "recordPatience", Duration.ZERO);
    }

    /** The application's sender, counting the SMTP sessions it opens. */
    static final class CountingMailSender extends JavaMailSenderImpl {
        int connections;

        CountingMailSender() {
            setHost(TestSmtp.SETUP.getBindAddress());
            setPort(TestSmtp.PORT);
            setDefaultEncoding("UTF-8");
        }

        @Override
        protected Transport connectTransport() throws MessagingException {
            connections++;
            return super.connectTransport();
        }
    }

    private static String address(MimeMessage mail) {
        try {
            return ((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String key(String what) {
        return "test/" + what + "/" + UUID.randomUUID();
    }

    private static MimeMessage single() {
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static String fileName(Part part) {
        try {
            return part.getFileName();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Part> parts(Part part, String mimeType) throws Exception {
        List<Part> found = new ArrayList<>();
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                found.addAll(parts(multipart.getBodyPart(i), mimeType));
            }
        } else if (part.isMimeType(mimeType)) {
            found.add(part);
        }
        return found;
    }

    private static Calendar parse(Part part) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        part.getDataHandler().writeTo(bytes);
        return new CalendarBuilder().build(new StringReader(bytes.toString(StandardCharsets.UTF_8)));
    }
}
