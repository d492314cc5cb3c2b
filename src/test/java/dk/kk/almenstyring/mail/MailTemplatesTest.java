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
                .doesNotContain("ekstraordinært").doesNotContain("Forslag").doesNotContain("kalenderinvitation");
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
                .contains("Forslag til punkter på dagsordenen skal være indsendt i Tasklist senest "
                        + "torsdag den 4. marts 2027 kl. 16:00.")
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
                .contains("3. Klimatilpasning i almene afdelinger")
                .contains("offentliggøres også på Københavns Kommunes hjemmeside");
    }

    @Test
    void anUnpublishedAgendaSaysNothingAboutTheWebsite() {
        Map<String, Object> model = MailModels.full(MailTemplate.AGENDA);
        model.put("published", false);

        assertThat(templates.render("agenda", model).body()).doesNotContain("hjemmeside");
    }

    @Test
    void minutesGiveTheDecisionsAndTheCommentDeadline() {
        RenderedMail mail = templates.render("minutes", MailModels.full(MailTemplate.MINUTES));

        assertThat(mail.subject()).isEqualTo("Referat: Samarbejdsforum torsdag den 25. marts 2027");
        assertThat(mail.body())
                .contains("Til stede: alle medlemmer.\nFormanden bød velkommen.")
                .contains("2. Udlejning af almene familieboliger\n    Beslutning: Forummet tog orienteringen til efterretning.")
                .contains("bemærkninger til referatet indsendes i Tasklist senest torsdag den 15. april 2027 kl. 16:00")
                .contains("betragtes referatet som endeligt godkendt");
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
        assertThat(mail.body()).contains("er nu overskredet").contains("\"Udsend dagsorden\"").contains("forsinket");
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
