package dk.kk.almenstyring.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The demo sink: the application's own SMTP server, and the pages that show what it received. */
@SpringBootTest(classes = MailTestConfiguration.class, properties = "almen.mail-sink.enabled=true")
@ActiveProfiles("test")
class MailSinkTest {

    /** A port of its own, so the test neither collides with the tests' GreenMail (TestSmtp) nor with a demo on 2525. */
    static final int PORT = freePort();

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> PORT);
    }

    @Autowired
    MailSink sink;
    @Autowired
    MailService mailService;
    @Autowired
    MailSinkController controller;
    @Autowired
    ObjectMapper objectMapper;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-01T08:15:00Z")));
        mvc = MockMvcBuilders.standaloneSetup(controller)
                .setMessageConverters(new StringHttpMessageConverter(StandardCharsets.UTF_8),
                        new MappingJackson2HttpMessageConverter(objectMapper))
                .build();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theSinkListensOnTheConfiguredPortAndKeepsWhatTheServiceSends() throws Exception {
        assertThat(sink.isRunning()).isTrue();
        assertThat(sink.port()).isEqualTo(PORT);
        Map<String, Object> model = MailModels.full(MailTemplate.MEETING_CANCELLED);
        model.put("reason", "Lokalet <Festsalen> er optaget & der er afbud");
        Recipient lise = new Recipient("lise", "Lise Lund", "lise@llo.example");
        CalendarEvent event = CalendarInvitationsTest.event(4);

        mailService.send(new MailOrder("sink/" + UUID.randomUUID(), lise, "meeting-cancelled", model, 7L,
                new CalendarInvitations().cancel(event)));

        List<ReceivedMail> received = sink.received();
        assertThat(received).hasSize(1);
        ReceivedMail mail = received.get(0);
        assertThat(mail.to()).containsExactly("Lise Lund <lise@llo.example>");
        assertThat(mail.subject()).isEqualTo("Aflyst: mødet i Samarbejdsforum torsdag den 25. marts 2027");
        assertThat(mail.text()).contains("Begrundelse: Lokalet <Festsalen> er optaget & der er afbud");
        assertThat(mail.attachments()).containsExactly("cancel.ics");
        assertThat(mail.sentDate()).isEqualTo(Instant.parse("2027-03-01T08:15:00Z"));

        mvc.perform(get("/api/mail"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].to[0]").value("Lise Lund <lise@llo.example>"))
                .andExpect(jsonPath("$[0].subject").value("Aflyst: mødet i Samarbejdsforum torsdag den 25. marts 2027"))
                .andExpect(jsonPath("$[0].sentDate").value("2027-03-01T08:15:00Z"))
                .andExpect(jsonPath("$[0].text").value(containsString("er aflyst")))
                .andExpect(jsonPath("$[0].attachments[0]").value("cancel.ics"));

        String page = mvc.perform(get("/mail"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("<html lang=\"da\">")
                .contains("<h2>Aflyst: mødet i Samarbejdsforum torsdag den 25. marts 2027</h2>")
                .contains("Til: Lise Lund &lt;lise@llo.example&gt;")
                .contains("Vedhæftet: cancel.ics")
                .contains("Lokalet &lt;Festsalen&gt; er optaget &amp; der er afbud")
                .doesNotContain("<Festsalen>");
    }

    @Test
    void theSinkKeepsOnlyTheNewestMailsAndShowsThemPageByPage() throws Exception {
        MailSink small = new MailSink(freePort(), 3);
        small.afterPropertiesSet();
        try {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost(MailSink.BIND_ADDRESS);
            sender.setPort(small.port());
            for (int i = 1; i <= 5; i++) {
                SimpleMailMessage mail = new SimpleMailMessage();
                mail.setFrom("almen-styring@kk.dk");
                mail.setTo("lise@llo.example");
                mail.setSubject("Mail " + i);
                mail.setText("Tekst " + i);
                sender.send(mail);
            }

            assertThat(small.received()).extracting(ReceivedMail::subject).containsExactly("Mail 5", "Mail 4", "Mail 3");
            MailSink.Page first = small.page(0, 2);
            assertThat(first.mails()).extracting(ReceivedMail::subject).containsExactly("Mail 5", "Mail 4");
            assertThat(first.kept()).isEqualTo(3);
            assertThat(first.total()).isEqualTo(5);
            assertThat(small.page(1, 2).mails()).extracting(ReceivedMail::subject).containsExactly("Mail 3");
            assertThat(small.page(2, 2).mails()).isEmpty();

            MockMvc pages = MockMvcBuilders.standaloneSetup(new MailSinkController(small))
                    .setMessageConverters(new StringHttpMessageConverter(StandardCharsets.UTF_8),
                            new MappingJackson2HttpMessageConverter(objectMapper))
                    .build();
            pages.perform(get("/api/mail").param("page", "1").param("size", "2"))
                    .andExpect(status().isOk())
                    .andExpect(header().string("X-Total-Count", "3"))
                    .andExpect(jsonPath("$.length()").value(1))
                    .andExpect(jsonPath("$[0].subject").value("Mail 3"));
            pages.perform(get("/api/mail").param("size", "0")).andExpect(status().isBadRequest());
            String page = pages.perform(get("/mail").param("size", "2"))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("har modtaget 5 mails og gemmer de seneste 3")
                    .contains("<h2>Mail 5</h2>").contains("<h2>Mail 4</h2>").doesNotContain("<h2>Mail 3</h2>")
                    .contains("<a href=\"?page=1&amp;size=2\">Ældre</a>");
        } finally {
            small.destroy();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
