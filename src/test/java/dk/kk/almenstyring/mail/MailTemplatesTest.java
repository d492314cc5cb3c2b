package dk.kk.almenstyring.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dk.kk.almenstyring.mail.MailTemplates.RenderedMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();

    @ParameterizedTest
    @EnumSource(MailTemplate.class)
    void everyTemplateRendersEveryValueOfAFullModel(MailTemplate template) {
        Map<String, Object> model = MailModels.full(template);

        RenderedMail mail = templates.render(template.id(), model);

        assertThat(mail.subject()).doesNotContain("\n");
        if (template.requiredKeys().contains("forumName")) {
            assertThat(mail.subject()).contains(MailModels.FORUM).contains(MailModels.DATE);
        }
        assertThat(mail.body())
                .startsWith("Kære " + MailModels.RECIPIENT + "\n")
                .contains("Med venlig hilsen")
                .doesNotContain("{{").doesNotContain("}}").doesNotContain("&amp;").doesNotContain("\n\n\n");
        for (String text : textValues(model)) {
            assertThat(mail.subject() + "\n" + mail.body()).as("value %s", text).contains(text);
        }
    }

    static Stream<Arguments> requiredKeys() {
        return Stream.of(MailTemplate.values())
                .flatMap(t -> t.requiredKeys().stream().map(key -> Arguments.of(t, key)));
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("requiredKeys")
    void aMissingRequiredValueFailsLoudly(MailTemplate template, String key) {
        Map<String, Object> model = MailModels.full(template);
        model.remove(key);

        assertThatThrownBy(() -> templates.render(template.id(), model))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(template.id())
                .hasMessageContaining(key);
    }

    @ParameterizedTest(name = "{0} with blank {1}")
    @MethodSource("requiredKeys")
    void aNullRequiredValueFailsLoudly(MailTemplate template, String key) {
        Map<String, Object> model = MailModels.full(template);
        model.put(key, null);

        assertThatThrownBy(() -> templates.render(template.id(), model))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(key);
    }

    @Test
    void aMissingValueInsideAListFailsLoudly() {
        Map<String, Object> model = MailModels.full(MailTemplate.AGENDA);
        Map<String, Object> item = MailModels.item(1, "Udlejning", null, "SOF");
        item.remove("responsible");
        model.put("items", List.of(item));

        assertThatThrownBy(() -> templates.render("agenda", model))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("responsible");
    }

    @Test
    void aFlagMustBeABooleanNotText() {
        Map<String, Object> model = MailModels.full(MailTemplate.AGENDA);
        model.put("published", "false");

        assertThatThrownBy(() -> templates.render("agenda", model))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("published");
    }

    @Test
    void anUnknownTemplateFails() {
        assertThatThrownBy(() -> templates.render("invitaton", MailModels.common()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invitaton");
    }

    @Test
    void invitationWithoutOptionalValuesIsAnOrdinaryMeetingWithoutProposals() {
        Map<String, Object> model = MailModels.common();
        model.put("agendaDeadline", "torsdag den 11. marts 2027");

        RenderedMail mail = templates.render("invitation", model);

        assertThat(mail.subject()).isEqualTo("Indkaldelse til møde i Samarbejdsforum torsdag den 25. marts 2027");
        assertThat(mail.body())
                .contains("Du indkaldes hermed til møde i Samarbejdsforum.")
                .contains("Tidspunkt: torsdag den 25. marts 2027 kl. 14:00–16:00")
                .contains("Mødested: Teknik- og Miljøforvaltningen, Center for Bydesign")
                .contains("Dagsordenen udsendes senest torsdag den 11. marts 2027.")
                .doesNotContain("ekstraordinært").doesNotContain("Forslag").doesNotContain("kalenderinvitation")
                .as("no call for proposals: the member has no task in Tasklist").doesNotContain("Tasklist");
    }

    @Test
    void invitationToAnExtraordinaryMeetingGivesTheReasonAndTheProposalDeadline() {
        Map<String, Object> model = MailModels.full(MailTemplate.INVITATION);
        model.put(MailTemplate.CALENDAR_ATTACHED, true);

        RenderedMail mail = templates.render("invitation", model);

        assertThat(mail.subject())
                .isEqualTo("Indkaldelse til ekstraordinært møde i Samarbejdsforum torsdag den 25. marts 2027");
        assertThat(mail.body())
                .contains("Du indkaldes hermed til et ekstraordinært møde i Samarbejdsforum.")
                .contains("Baggrunden for det ekstraordinære møde: Behandling af den nye delaftale om udlejning")
                .contains("Forslag til punkter på dagsordenen indsendes i Tasklist under opgaven \"Foreslå punkt til "
                        + "dagsordenen\" senest torsdag den 4. marts 2027 kl. 16:00: " + MailModels.TASKLIST)
                .contains("kalenderinvitation");
    }

    @Test
    void blankOptionalValuesCountAsAbsent() {
        Map<String, Object> model = MailModels.full(MailTemplate.INVITATION);
        model.put("proposalDeadline", "");
        model.put("extraordinaryReason", null);

        RenderedMail mail = templates.render("invitation", model);

        assertThat(mail.body()).doesNotContain("Forslag").doesNotContain("ekstraordinært");
    }

    @Test
    void agendaListsEveryItemWithItsResponsibleForvaltningAndSaysWhenItIsPublished() {
        RenderedMail mail = templates.render("agenda", MailModels.full(MailTemplate.AGENDA));

        assertThat(mail.subject()).isEqualTo("Dagsorden: Samarbejdsforum torsdag den 25. marts 2027");
        assertThat(mail.body())
                .contains("1. Godkendelse af referat fra sidste møde\n    Ansvarlig: TMF\n\n2.")
                .contains("2. Udlejning af almene familieboliger\n    Ansvarlig: SOF\n"
                        + "    Status på den kommunale anvisning\n")
                .contains("3. Klimatilpasning i almene afdelinger\n    Ansvarlig: TMF\n"
                        + "    Oplæg ved Center for Bydesign\n")
                .contains("offentliggøres også på Københavns Kommunes hjemmeside")
                .as("members have no task about the agenda").doesNotContain("Tasklist");
    }

    @Test
    void anUnpublishedAgendaSaysNothingAboutTheWebsite() {
        Map<String, Object> model = MailModels.full(MailTemplate.AGENDA);
        model.put("published", false);

        assertThat(templates.render("agenda", model).body()).doesNotContain("hjemmeside");
    }

    @Test
    void minutesGiveTheAttendanceEachDecisionTheOutcomeOfAnAgreementAndTheCommentDeadline() {
        RenderedMail mail = templates.render("minutes", MailModels.full(MailTemplate.MINUTES));

        assertThat(mail.subject()).isEqualTo("Referat: Samarbejdsforum torsdag den 25. marts 2027");
        assertThat(mail.body())
                .contains("FREMMØDE\n\nTil stede:\n- Hanne Juhl\n- Søren Ørsted-Ågård\n\nFraværende:\n- Kasper Thorsen\n")
                .contains("REFERAT\n\nFormanden bød velkommen.")
                .contains("2. Udlejning af almene familieboliger\n    Beslutning: Forummet tog orienteringen til efterretning.\n\n3.")
                .contains("3. Delaftale om udlejning\n    Beslutning: Forummet anbefaler delaftalen.\n"
                        + "    Udfald: Enighed om aftalen\n")
                .contains("bemærkninger til referatet indsendes i Tasklist under opgaven \"Bemærkninger til referatet\" "
                        + "senest torsdag den 15. april 2027 kl. 16:00: " + MailModels.TASKLIST)
                .contains("betragtes referatet som endeligt godkendt");
        assertThat(mail.body().split("Udfald", -1)).as("only the agreement item has an Udfald").hasSize(2);
    }

    @Test
    void minutesWithNobodyRecordedSayItInsteadOfLeavingAnEmptyList() {
        Map<String, Object> model = MailModels.full(MailTemplate.MINUTES);
        model.put("present", List.of());
        model.put("absent", List.of());

        assertThat(templates.render("minutes", model).body())
                .contains("Til stede:\n- ingen registreret\n\nFraværende:\n- ingen\n");
    }

    @Test
    void finalMinutesCarryTheFinalTextTheAttendanceAndTheDecisions() {
        RenderedMail mail = templates.render("minutes-final", MailModels.full(MailTemplate.MINUTES_FINAL));

        assertThat(mail.body())
                .contains("Til stede:\n- Hanne Juhl\n- Søren Ørsted-Ågård\n\nFraværende:\n- Kasper Thorsen\n")
                .contains("ENDELIGT REFERAT\n\nFormanden bød velkommen.\nReferatet er rettet efter bemærkninger.\n")
                .contains("1. Godkendelse af referat\n    Beslutning: Referatet blev godkendt.\n")
                .contains("3. Delaftale om udlejning\n    Beslutning: Forummet anbefaler delaftalen.\n"
                        + "    Udfald: Enighed om aftalen\n")
                .as("nothing is left to do in Tasklist").doesNotContain("Tasklist");
    }

    /**
     * A mail links Tasklist only where its reader has a task there, and then names the task; every other mail says
     * nothing about Tasklist. Which is which is declared in MailTemplate (see whichMailsLinkTasklist).
     */
    @ParameterizedTest
    @EnumSource(MailTemplate.class)
    void onlyAMailWhoseReaderHasATaskPointsToTasklistAndNamesTheTask(MailTemplate template) {
        String body = templates.render(template.id(), MailModels.full(template)).body();

        if (template.linksTasklist()) {
            assertThat(body).contains(MailModels.TASKLIST).containsPattern("(?i)(opgaven|filteret) \"[^\"]+\"");
        } else {
            assertThat(body).doesNotContain("Tasklist").doesNotContain(MailModels.TASKLIST).doesNotContain("http");
        }
    }

    @Test
    void whichMailsLinkTasklist() {
        assertThat(java.util.Arrays.stream(MailTemplate.values()).filter(MailTemplate::linksTasklist))
                .containsExactlyInAnyOrder(MailTemplate.INVITATION, MailTemplate.MEETING_MOVED, MailTemplate.MINUTES,
                        MailTemplate.DEADLINE_REMINDER, MailTemplate.LATE_PROPOSAL, MailTemplate.APPROVAL_REMINDER,
                        MailTemplate.APPROVAL_ESCALATION, MailTemplate.ACCESSION_INVITATION, MailTemplate.ACCESSION_REMINDER,
                        MailTemplate.HOVEDAFTALE_EXPIRY_WARNING, MailTemplate.APPROVAL_REQUESTED,
                        MailTemplate.ENKELTAFTALE_PROPOSED, MailTemplate.STYRINGSDIALOG_INVITATION,
                        MailTemplate.STYRINGSDIALOG_REMINDER, MailTemplate.STYRINGSDIALOG_ESCALATION);
    }

    @Test
    void aMovedMeetingMentionsTasklistOnlyWhileMembersMayStillPropose() {
        Map<String, Object> model = MailModels.full(MailTemplate.MEETING_MOVED);
        assertThat(templates.render("meeting-moved", model).body())
                .contains("under opgaven \"Foreslå punkt til dagsordenen\" senest torsdag den 4. marts 2027 kl. 16:00: "
                        + MailModels.TASKLIST);
        model.remove("proposalDeadline");
        assertThat(templates.render("meeting-moved", model).body()).doesNotContain("Tasklist");
    }

    @Test
    void finalMinutesSayWhetherCommentsWereIncorporated() {
        Map<String, Object> model = MailModels.full(MailTemplate.MINUTES_FINAL);
        String withComments = templates.render("minutes-final", model).body();
        model.put("withComments", false);
        String withoutComments = templates.render("minutes-final", model).body();

        assertThat(withComments).contains("bemærkninger er indarbejdet").doesNotContain("ikke indkommet");
        assertThat(withoutComments).contains("Der er ikke indkommet bemærkninger").contains("endeligt i den udsendte form")
                .doesNotContain("indarbejdet");
    }

    @Test
    void escalationSaysTheDeadlineHasPassed() {
        RenderedMail mail = templates.render("deadline-escalation", MailModels.full(MailTemplate.DEADLINE_ESCALATION));

        assertThat(mail.subject()).startsWith("Overskredet frist: dagsordenen");
        assertThat(mail.body()).contains("er nu overskredet").contains("\"Udsend dagsorden\"").contains("forsinket")
                .contains("som formand for Samarbejdsforum").doesNotContain("sekretariatet, fordi")
                .as("the chair has no screen for the secretariat's task").doesNotContain("Tasklist");

        Map<String, Object> toTheSecretariat = MailModels.full(MailTemplate.DEADLINE_ESCALATION);
        toTheSecretariat.put("asChair", false);
        assertThat(templates.render("deadline-escalation", toTheSecretariat).body())
                .contains("Du modtager denne besked i sekretariatet, fordi en af forummets formænd ikke er oprettet")
                .doesNotContain("som formand");
    }

    @Test
    void valuesAreNotHtmlEscapedInPlainText() {
        Map<String, Object> model = MailModels.full(MailTemplate.MEETING_CANCELLED);
        model.put("reason", "Sygdom & afbud fra \"formanden\" <TMF>");

        assertThat(templates.render("meeting-cancelled", model).body())
                .contains("Begrundelse: Sygdom & afbud fra \"formanden\" <TMF>");
    }

    /** The text values of a model, nested lists included. */
    private static List<String> textValues(Map<String, Object> model) {
        List<String> texts = new ArrayList<>();
        for (Object value : model.values()) {
            if (value instanceof String text) {
                texts.add(text);
            } else if (value instanceof List<?> list) {
                for (Object element : list) {
                    new HashMap<>((Map<?, ?>) element).values().stream()
                            .filter(String.class::isInstance).map(String.class::cast).forEach(texts::add);
                }
            }
        }
        return texts;
    }
}
