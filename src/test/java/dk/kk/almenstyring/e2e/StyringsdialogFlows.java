package dk.kk.almenstyring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.approval.AgreementFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The styringsdialog in the browser (S1, S2, A7): the secretariat opens the year's round, KAB books its meeting,
 * Socialforvaltningen sends an agenda item and takes part, TMF's secretariat reports on the goal of the hovedaftale
 * in force and starts an enkeltaftale from the report, and when the window has closed writes the round's summary.
 */
abstract class StyringsdialogFlows extends MeetingSteps {

    static final String KAB = "Styringsdialog 2027 – KAB";
    static final String GOALS_IN_FORCE = "Målene i de aftaler, der var i kraft på mødet";
    static final String NEW_ENKELTAFTALER = "Enkeltaftaler aftalt på mødet";

    @Autowired
    AgreementRegister register;

    /**
     * Two people of KAB open the booking at once; the one who presses Fuldfør second is told in Danish that someone
     * else has booked, and what was typed is not taken: the first booking stands.
     */
    @Test
    void theSecondToBookIsToldThatSomeoneElseHasBooked() {
        TasklistForm start = tasklist.loginAs(SECRETARY).startProcess("Styringsdialog");
        start.fill("År", "2027");
        start.start();
        executeDueJobs();

        TasklistForm book = task("bo-kab", "Book styringsdialogmøde: " + KAB);
        book.fill("Mødedato", "15.10.2027");
        book.fill("Mødet begynder kl.", "13.00");
        book.fill("Mødested", "KAB, Vesterbrogade 71");
        // meanwhile a colleague books the meeting from another browser
        String taskId = taskService.createTaskQuery().processDefinitionKey("styringsdialog-moede")
                .processVariableValueEquals("organisationCode", "KAB").singleResult().getId();
        identityService.setAuthentication("bo-kab", java.util.List.of("bo-kab"));
        try {
            taskService.complete(taskId, java.util.Map.of("meetingDate", "14.10.2027", "meetingTime", "10.00",
                    "meetingLocation", "Teknik- og Miljøforvaltningen, Njalsgade 13"));
        } finally {
            identityService.clearAuthentication();
        }

        assertThat(book.completeRefused()).contains("Opgaven findes ikke længere").contains("ikke gemt");
        assertThat(row("select d.meeting_location from dialogue d join housing_organisation o on o.id = d.organisation_id"
                + " where o.code = 'KAB'")).containsEntry("MEETING_LOCATION", "Teknik- og Miljøforvaltningen, Njalsgade 13");
    }

    @Test
    void aRoundFromBookingToTheSummaryWithAnEnkeltaftaleFromTheReport() {
        long hovedaftale = AgreementFixtures.activeHovedaftale(register, "Hovedaftale 2027–2030").id();

        TasklistForm start = tasklist.loginAs(SECRETARY).startProcess("Styringsdialog");
        start.fill("År", "2027");
        start.start();
        executeDueJobs();
        assertThat(row("select count(*) n from dialogue where round_year = 2027").get("N")).isEqualTo(
                row("select count(*) n from housing_organisation").get("N"));
        assertThat(subjectsTo("kontakt@kab.")).contains("Styringsdialog 2027: book jeres møde med kommunen");

        TasklistForm book = task("bo-kab", "Book styringsdialogmøde: " + KAB);
        book.fill("Mødedato", "14.10.2027");
        book.fill("Mødet begynder kl.", "10.00");
        assertThat(book.textOnceItShows("torsdag den 14. oktober 2027 kl. 10.00")).contains("torsdag den 14. oktober 2027 kl. 10.00");
        book.fill("Mødested", "Teknik- og Miljøforvaltningen, Njalsgade 13");
        book.complete();
        assertThat(row("select d.status, d.booked_by from dialogue d join housing_organisation o on o.id = d.organisation_id"
                + " where o.code = 'KAB'")).containsEntry("STATUS", "BOOKED").containsEntry("BOOKED_BY", "bo-kab");

        TasklistForm items = task("tks-sof", "Meld punkter til styringsdialogmøde: " + KAB);
        items.check("Deltager forvaltningen i mødet?", "Ja, vi deltager");
        items.fill("Punkter til dagsordenen", "Udlejning til unge");
        items.complete();
        assertThat(tasksOf("tks-sof")).doesNotContain("Meld punkter til styringsdialogmøde: " + KAB);

        moveClockTo(at(LocalDate.of(2027, 10, 7), 16, 1));
        assertThat(body(lastMailTo("tks-sof@"))).contains("1. Udlejning til unge").contains("Fra: SOF");
        moveClockTo(at(LocalDate.of(2027, 10, 14), 12, 1));

        TasklistForm report = task(SECRETARY, "Afrapportér styringsdialogmøde: " + KAB);
        report.row(GOALS_IN_FORCE, 0).choose("Er organisationen på rette vej?", "Ikke på rette vej")
                .fill("Kommentar", "Ventelisten i Demoparken er vokset.");
        report.fill("Afrapportering", "KAB og kommunen er enige om at sætte ind over for ventelisten.");
        report.addRow(NEW_ENKELTAFTALER).fill("Enkeltaftalens titel", "Kortere venteliste i Demoparken")
                .choose("Forvaltning", "Socialforvaltningen").fill("Overordnet aftale (nummer)", Long.toString(hovedaftale))
                .fill("Mål", "Kortere venteliste").fill("Succeskriterium", "Under 200 husstande i 2028");
        report.fill("Opfølgningsdato for enkeltaftalerne", "01.06.2028");
        report.fill("Afdelinger til udvidet tilsyn, tilføjet på mødet", "KAB-107");
        report.fill("Begrundelse for afdelingerne", "Fugt i kældrene");
        report.complete();
        executeDueJobs();
        assertThat(row("select d.status, d.reported_by from dialogue d join housing_organisation o on o.id = d.organisation_id"
                + " where o.code = 'KAB'")).containsEntry("STATUS", "REPORTED").containsEntry("REPORTED_BY", SECRETARY);
        assertThat(row("select on_track, comment from dialogue_goal_assessment")).containsEntry("ON_TRACK", false)
                .containsEntry("COMMENT", "Ventelisten i Demoparken er vokset.");
        assertThat(row("select level, status, forvaltning, parent_id from agreement where title = ?",
                "Kortere venteliste i Demoparken")).containsEntry("LEVEL", "ENKELTAFTALE").containsEntry("STATUS", "DRAFT")
                .containsEntry("FORVALTNING", "SOF").containsEntry("PARENT_ID", hovedaftale);
        assertThat(tasksOf("bo-kab")).contains("Tilslutning til enkeltaftale: Kortere venteliste i Demoparken");
        assertThat(row("select r.reason, r.added_by from supervision_reason r join supervision_estate s on s.id = r.supervision_estate_id"
                + " join estate e on e.id = s.estate_id where e.number = 'KAB-107' and r.source = 'MEETING'"))
                .containsEntry("REASON", "Fugt i kældrene").containsEntry("ADDED_BY", SECRETARY);

        moveClockTo(LocalDateTime.of(2028, 1, 1, 0, 1).atZone(dk.kk.almenstyring.common.DanishText.COPENHAGEN).toInstant());
        TasklistForm summary = task(SECRETARY, "Skriv sammenfatning af styringsdialogen: Styringsdialog 2027");
        assertThat(summary.value("Årets afrapporteringer")).contains("KAB: møde torsdag den 14. oktober 2027");
        summary.fill("Sammenfatning", "Ventelisterne er årets tema; KAB har indgået en enkeltaftale.");
        summary.complete();
        assertThat(row("select summary, closed_by from dialogue_round where round_year = 2027"))
                .containsEntry("SUMMARY", "Ventelisterne er årets tema; KAB har indgået en enkeltaftale.")
                .containsEntry("CLOSED_BY", SECRETARY);
    }
}
