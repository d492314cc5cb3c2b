package dk.kk.almenstyring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.approval.AgreementFixtures;
import dk.kk.almenstyring.dialogue.StyringsdialogRoundClosed;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The roll-up and the yearly evaluation (S4, S5, F11, A6) as the secretariat meets them in Tasklist: the
 * styringsdialog's summary on Samarbejdsforum's agenda, decisions marked in the minutes on Borgmesterforum's and
 * Partnerskabsforum's next agendas, and the yearly evaluation started and compiled.
 */
abstract class EvaluationFlows extends MeetingSteps {

    static final String SF_MEETING = "Samarbejdsforum torsdag den 18. marts 2027";
    static final String LIFT = "Løftes til Borgmesterforum";
    static final String PROPOSE = "Forslag til justering af hovedaftalen";

    /** The visible checkboxes of this label, in the order the form shows them (one per decision). */
    private static final String CHECKBOXES = """
            const wanted = arguments[0];
            return [...document.querySelectorAll('.fjs-form-field-checkbox label')]
                .filter(l => l.textContent.replace(/\\s+/g, ' ').trim() === wanted && l.offsetParent !== null)
                .map(l => l.querySelector('input') || document.getElementById(l.htmlFor));
            """;

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    AgreementRegister register;

    @Test
    void samarbejdsforumDiscussesTheSummaryAndLiftsADecisionToBorgmesterforumAndAProposalToPartnerskabsforum() {
        events.publishEvent(new StyringsdialogRoundClosed(2026, "Boligorganisationerne arbejder målrettet med udlejningen.",
                null, SECRETARY, TODAY, List.of()));
        callMeeting("SF", "18.03.2027", "10.00", null, "torsdag den 18. marts 2027 kl. 10.00");
        propose("bl-aab", "Foreslå punkt til dagsordenen: " + SF_MEETING, "Fleksibel udlejning i Tingbjerg",
                "Udlejning og anvisning");
        moveClockTo(at(LocalDate.of(2027, 2, 25), 16, 1));
        sendAgenda("Udarbejd dagsorden: " + SF_MEETING, "Opsamling på styringsdialogerne 2026", "Fleksibel udlejning i Tingbjerg");

        moveClockTo(at(LocalDate.of(2027, 3, 18), 15, 1));
        TasklistForm minutes = task(SECRETARY, "Udarbejd referat: " + SF_MEETING);
        String list = "Beslutninger";
        assertThat(titles(minutes, list, "Punkt på dagsordenen"))
                .containsExactly("Opsamling på styringsdialogerne 2026", "Fleksibel udlejning i Tingbjerg");
        minutes.row(list, 0).fill("Beslutning", "Forummet foreslår et mål om tryghed i hovedaftalen.");
        minutes.row(list, 1).fill("Beslutning", "Fleksibel udlejning udvides til hele Tingbjerg.");
        tick(PROPOSE, 0);
        tick(LIFT, 1);
        assertThat(minutes.row(list, 0).shows(OUTCOME)).as("no outcome on an item for information").isFalse();
        minutes.fill("Referat", "Referat af mødet i Samarbejdsforum.");
        minutes.complete();
        executeDueJobs();

        assertThat(rows("select forum_key, title, responsible from agenda_request where origin like 'beslutning:%' order by forum_key"))
                .extracting(r -> r.get("FORUM_KEY"), r -> r.get("TITLE"), r -> r.get("RESPONSIBLE")).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("BMF", "Fra Samarbejdsforum 18. marts 2027: Fleksibel udlejning i Tingbjerg", "SOF"),
                        org.assertj.core.groups.Tuple.tuple("PSF", "Fra Samarbejdsforum 18. marts 2027: Opsamling på styringsdialogerne 2026", "TMF"));
        // F11: the lifted decision is on Borgmesterforum's next agenda, ready for the secretariat
        callMeeting("BMF", "15.04.2027", "10.00", null, "torsdag den 15. april 2027 kl. 10.00");
        sendAgenda("Udarbejd dagsorden: Borgmesterforum torsdag den 15. april 2027",
                "Fra Samarbejdsforum 18. marts 2027: Fleksibel udlejning i Tingbjerg");
    }

    @Test
    void theSecretariatStartsAndCompilesTheYearlyEvaluation() {
        long hovedaftale = AgreementFixtures.activeHovedaftale(register, "Hovedaftale 2027–2030").id();
        TasklistForm start = tasklist.loginAs(SECRETARY).startProcess("Årlig evaluering");
        start.fill("År", "2026");
        start.start();

        TasklistForm compile = task(SECRETARY, "Udarbejd årlig evaluering: Årlig evaluering 2026");
        assertThat(compile.text()).contains("Hovedaftale 2027–2030, version 1").contains("foreligger ikke");
        String goals = "Hovedaftalens mål og succeskriterier";
        TasklistForm.Scope goal = compile.row(goals, 0);
        assertThat(goal.value("Hovedaftalens mål")).isEqualTo("Kortere venteliste");
        assertThat(goal.value("Succeskriterium")).isEqualTo("Ventelisten under 2 år i 2030");
        goal.choose("Status", "På rette vej");
        goal.fill("Kommentar til status", "Ventelisten er faldet fra 4 til 3 år.");
        compile.fill("Samlet vurdering", "Hovedaftalen virker efter hensigten.");
        compile.complete();
        executeDueJobs();

        assertThat(row("select hovedaftale_id, recorded_by, conclusion from yearly_evaluation where evaluation_year = 2026"))
                .containsEntry("HOVEDAFTALE_ID", hovedaftale).containsEntry("RECORDED_BY", SECRETARY)
                .containsEntry("CONCLUSION", "Hovedaftalen virker efter hensigten.");
        assertThat(instant(row("select published_at from yearly_evaluation where evaluation_year = 2026").get("PUBLISHED_AT")))
                .as("recorded as published").isEqualTo(TODAY);
        assertThat(row("select status, status_comment from yearly_evaluation_goal")).containsEntry("STATUS", "ON_TRACK")
                .containsEntry("STATUS_COMMENT", "Ventelisten er faldet fra 4 til 3 år.");
        assertThat(rows("select forum_key from agenda_request where origin like 'evaluering:2026:%' order by forum_key"))
                .extracting(r -> r.get("FORUM_KEY")).containsExactly("BMF", "PSF");
    }

    /** Ticks a decision's checkbox as a person does, by clicking it; the form keeps it ticked. */
    private void tick(String label, int decision) {
        browser.until(d -> {
            WebElement box = ((List<?>) browser.script(CHECKBOXES, label)).stream().map(WebElement.class::cast)
                    .skip(decision).findFirst().orElse(null);
            if (box == null) {
                return false;
            }
            if (!box.isSelected()) {
                browser.click(box);
            }
            return box.isSelected();
        }, "'" + label + "' ticked for decision " + (decision + 1));
    }
}
