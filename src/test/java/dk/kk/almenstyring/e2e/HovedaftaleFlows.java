package dk.kk.almenstyring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The hovedaftale entirely in Tasklist: drafted by the secretariat, not agreed in a real Borgmesterforum meeting and
 * revised for the next one, which agrees; not agreed in Partnerskabsforum and revised, agreed in the next Partnerskabsforum, approved by BR's and BL's
 * secretariats, acceded to by a housing organisation, and a year later the adjustment decision. Borgmesterforum
 * and Partnerskabsforum run their whole meeting cycles here (Partnerskabsforum with a member's proposal).
 */
abstract class HovedaftaleFlows extends AgreementSteps {

    static final String TITLE = "Hovedaftale 2027–2031";
    static final String BMF = "Borgmesterforum torsdag den 18. marts 2027";
    static final String BMF2 = "Borgmesterforum torsdag den 22. april 2027";
    static final String PSF1 = "Partnerskabsforum torsdag den 20. maj 2027";
    static final String PSF2 = "Partnerskabsforum torsdag den 30. september 2027";
    static final String PSF3 = "Partnerskabsforum torsdag den 9. marts 2028";

    @Test
    void startPressedRightAfterTypingTheDateStartsTheHovedaftale() {
        TasklistForm start = tasklist.loginAs(SECRETARY).startProcess("Hovedaftale");
        start.fill("Titel", TITLE);
        start.typeWithoutLeaving("Aftaleperioden begynder", "01.07.2027");
        start.start();
        assertThat(tasksOf(SECRETARY)).contains("Udarbejd udkast til hovedaftale: " + TITLE);
    }

    @Test
    void fromDraftThroughBorgmesterforumAndPartnerskabsforumToApprovalAccessionAndAdjustment() throws Exception {
        // the secretariat starts and drafts the hovedaftale
        TasklistForm start = tasklist.loginAs(SECRETARY).startProcess("Hovedaftale");
        start.fill("Titel", TITLE);
        start.fill("Aftaleperioden begynder", "01.07.2027");
        start.start();
        TasklistForm draft = task(SECRETARY, "Udarbejd udkast til hovedaftale: " + TITLE);
        draft.fill("Temaer", "Udlejning, fremtidssikring, tryghed og trivsel");
        draft.row(GOALS, 0).fill("Mål", "Flere unge i uddannelse")
                .fill("Succeskriterium", "Andelen af unge i job eller uddannelse stiger med 5 procentpoint");
        draft.fill("Aftaletekst", "Parterne er enige om følgende.");
        draft.complete();
        executeDueJobs();
        long id = agreementId(TITLE);
        assertThat(agreementStatus(id)).isEqualTo("DRAFT");
        assertThat(row("select valid_from, valid_to from agreement where id = ?", id).get("VALID_TO").toString())
                .as("A1: four years").isEqualTo("2031-06-30");

        // Borgmesterforum (no proposals): not agreed the first time, revised for it, agreed the second time
        long bmf1 = callMeeting("BMF", "18.03.2027", "10.00", null, "torsdag den 18. marts 2027 kl. 10.00");
        long psf1 = callMeeting("PSF", "20.05.2027", "14.00", null, "torsdag den 20. maj 2027 kl. 14.00");
        assertThat(mailsTo("bl-fsb@")).as("PSF's invitation").hasSize(1);
        agendaThenMinutes(BMF, "Forberedelse af hovedaftale: " + TITLE, at(LocalDate.of(2027, 3, 18), 12, 1),
                List.of("Karen Holm", "Jonas Brandt"), NOT_AGREED);
        TasklistForm forBmf = task(SECRETARY, "Revidér udkastet efter Borgmesterforum: " + TITLE);
        forBmf.row(GOALS, 0).fill("Succeskriterium", "Andelen af unge i job eller uddannelse stiger med 7 procentpoint");
        forBmf.fill("Hvad er ændret (ved revision)", "Målet er hævet efter Borgmesterforum.");
        forBmf.complete();
        executeDueJobs();
        assertThat(versions(id)).isEqualTo(2);
        callMeeting("BMF", "22.04.2027", "10.00", null, "torsdag den 22. april 2027 kl. 10.00");
        agendaThenMinutes(BMF2, "Forberedelse af hovedaftale: " + TITLE + " (version 2)", at(LocalDate.of(2027, 4, 22), 12, 1),
                List.of("Karen Holm", "Maja Storm"), AGREED);
        assertThat(meetingStatus(bmf1)).as("the first meeting's minutes are final: its comment window has closed")
                .isEqualTo("FINAL");
        assertThat(rows("select outcome from agenda_request where agreement_id = ? and forum_key = 'BMF' order by id", id))
                .extracting(r -> r.get("OUTCOME")).containsExactly("NOT_AGREED", "AGREED");
        assertThat(rows("select title from agenda_request where agreement_id = ? and forum_key = 'PSF' and outcome is null", id))
                .as("on to Partnerskabsforum").hasSize(1);

        // Partnerskabsforum 1: a member proposes; the hovedaftale is not agreed and goes back to the secretariat
        propose("bl-fsb", "Foreslå punkt til dagsordenen: " + PSF1, "Grønne gårdrum i de almene afdelinger", "Klima og miljø");
        moveClockTo(at(LocalDate.of(2027, 4, 29), 16, 1));
        sendAgenda("Udarbejd dagsorden: " + PSF1, "Grønne gårdrum i de almene afdelinger", "Status på elementerne i hovedaftalen",
                "Forhandling af hovedaftale: " + TITLE + " (version 2)");
        assertThat(row("select agenda_published_at from meeting where id = ?", psf1).get("AGENDA_PUBLISHED_AT"))
                .as("F4: PSF's agenda is published").isNotNull();
        moveClockTo(at(LocalDate.of(2027, 5, 20), 17, 1));
        recordMinutes("Udarbejd referat: " + PSF1, List.of("Karen Holm", "Jens Bjerre"), NOT_AGREED,
                "Referat af Partnerskabsforums møde.");
        TasklistForm revise = task(SECRETARY, "Revidér hovedaftalen: " + TITLE);
        revise.addRow(GOALS).fill("Mål", "Tryghed i de almene boligområder")
                .fill("Succeskriterium", "Tryghedsindekset forbedres i alle udsatte områder");
        revise.fill("Hvad er ændret (ved revision)", "Mål om tryghed tilføjet efter Partnerskabsforum.");
        revise.complete();
        executeDueJobs();
        assertThat(versions(id)).isEqualTo(3);

        // Partnerskabsforum 2 agrees; BR's and BL's secretariats approve; the agreement is in force
        callMeeting("PSF", "30.09.2027", "14.00", null, "torsdag den 30. september 2027 kl. 14.00");
        moveClockTo(at(LocalDate.of(2027, 9, 9), 16, 1));
        assertThat(meetingStatus(psf1)).as("without comments the minutes became final").isEqualTo("FINAL");
        agendaThenMinutes(PSF2, "Forhandling af hovedaftale: " + TITLE + " (version 3)", at(LocalDate.of(2027, 9, 30), 17, 1),
                List.of("Karen Holm", "Ole Mikkelsen"), AGREED);
        assertThat(agreementStatus(id)).isEqualTo("NEGOTIATED");
        assertThat(subjectsTo("bl-fsb@")).anyMatch(s -> s.contains("forhandlet"));
        registerApproval("br-sekretaer", "BR", TITLE, true, "BR-2027-118");
        registerApproval("bl-sekretaer", "BL", TITLE, true, "BL1-2027-07");
        assertThat(agreementStatus(id)).isEqualTo("ACTIVE");
        assertThat(row("select published_at from agreement where id = ?", id).get("PUBLISHED_AT")).isNotNull();
        assertThat(subjectsTo("tks-sof@")).anyMatch(s -> s.contains("trådt i kraft"));

        // A5: a housing organisation accedes
        assertThat(subjectsTo("kontakt@kab.")).anyMatch(s -> s.contains("tilslutte sig hovedaftalen"));
        TasklistForm accession = task("bo-kab", "Tilslutning til hovedaftalen: KAB");
        accession.check("Svar", "Organisationen tilslutter sig aftalen");
        accession.complete();
        assertThat(row("select a.answer, a.answered_by from accession a join housing_organisation o on o.id = a.organisation_id "
                + "where a.agreement_id = ? and o.code = 'KAB'", id))
                .containsEntry("ANSWER", "ACCEDED").containsEntry("ANSWERED_BY", "bo-kab");

        // A4, F12: a year on, the status goes on Partnerskabsforum's agenda, and the secretariat records the decision
        callMeeting("PSF", "09.03.2028", "14.00", null, "torsdag den 9. marts 2028 kl. 14.00");
        moveClockTo(at(LocalDate.of(2028, 1, 15), 9, 1));
        moveClockTo(at(LocalDate.of(2028, 2, 17), 16, 1));
        agendaThenMinutes(PSF3, "Status på hovedaftalens elementer og beslutning om justering: " + TITLE,
                at(LocalDate.of(2028, 3, 9), 17, 1), List.of("Karen Holm", "Birgitte Aagaard"), AGREED);
        TasklistForm adjust = task(SECRETARY, "Registrér beslutning om justering: " + TITLE);
        adjust.check("Skal hovedaftalen justeres?", "Nej, aftalen fortsætter uændret");
        adjust.complete();
        executeDueJobs();
        assertThat(versions(id)).as("no new version").isEqualTo(3);
        assertThat(agreementStatus(id)).isEqualTo("ACTIVE");
    }
}
