package dk.kk.almenstyring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * S3 in Tasklist: the secretariat chooses the year's areas for area-based styringsdialog meetings (a fourth area is
 * refused at Start, nothing recorded), plans one area's meeting with a Danish date read back in words, the
 * organisations with estates in the area and the chosen forvaltninger get the invitation, and after the meeting
 * the secretariat (TMF) records the report.
 */
abstract class AreaDialogueFlows extends EndToEndFlow {

    static final String SECRETARY = "sekretaer";
    static final String PROCESS = "Områdebaseret styringsdialog";

    @Test
    void threeAreasAFourthRefusedOneMeetingPlannedInvitedAndReported() throws Exception {
        TasklistForm start = tasklist.loginAs(SECRETARY).startProcess(PROCESS);
        start.fill("År", "2027");
        start.choose("Første område", "Nørrebro");
        start.choose("Andet område", "Valby");
        start.choose("Tredje område", "Bispebjerg");
        start.start();
        assertThat(rows("select area from area_dialogue where dialogue_year = 2027 order by id"))
                .extracting(r -> r.get("AREA")).containsExactly("Nørrebro", "Valby", "Bispebjerg");

        TasklistForm fourth = tasklist.loginAs(SECRETARY).startProcess(PROCESS);
        fourth.fill("År", "2027");
        fourth.choose("Første område", "Amager Vest");
        assertThat(fourth.startRefused()).contains("TMF holder områdebaserede dialogmøder i højst 3 områder om året")
                .contains("Nørrebro, Valby, Bispebjerg").doesNotContain("Exception");
        assertThat(rows("select area from area_dialogue")).as("nothing recorded").hasSize(3);

        TasklistForm plan = task(SECRETARY, "Planlæg dialogmøde i området: Nørrebro 2027");
        assertThat(plan.value("Boligorganisationer med afdelinger i området"))
                .contains("KAB: KAB-104 Fiktivparken, KAB-112 Pilothusene, KAB-119 Fiktivhjemmet");
        plan.fill("Mødedato", "18.03.2027");
        plan.fill("Mødet begynder kl.", "14.00");
        assertThat(plan.textOnceItShows("Dialogmødet holdes torsdag den 18. marts 2027 kl. 14.00"))
                .contains("Dialogmødet holdes torsdag den 18. marts 2027 kl. 14.00");
        plan.fill("Mødested", "Beboerhuset Demoparken");
        plan.check("Deltagende forvaltninger", "Teknik- og Miljøforvaltningen", "Socialforvaltningen");
        plan.fill("Tekst til indbydelsen", "Vi drøfter tryghed og fritidstilbud.");
        plan.complete();
        executeDueJobs();

        for (String address : List.of("kontakt@kab.", "kontakt@fsb.", "tks-sof@", "tks-tmf@")) {
            assertThat(subjectsTo(address)).as(address)
                    .containsExactly("Indbydelse til områdebaseret styringsdialog i Nørrebro 2027");
        }
        assertThat(body(lastMailTo("kontakt@kab."))).contains("torsdag den 18. marts 2027 kl. 14:00, Beboerhuset Demoparken")
                .contains("Vi drøfter tryghed og fritidstilbud.");
        assertThat(subjectsTo("kontakt@demohjem.")).as("no estate in Nørrebro").isEmpty();

        moveClockTo(at(LocalDate.of(2027, 3, 18), 16, 1));
        TasklistForm report = task(SECRETARY, "Afrapportér dialogmødet i området: Nørrebro 2027");
        assertThat(report.text()).contains("torsdag den 18. marts 2027 kl. 14:00, Beboerhuset Demoparken");
        report.fill("Afrapportering", "Tryghedsvandringer aftalt med KAB og fsb; fritidsklubben inviteres næste gang.");
        report.complete();
        assertThat(row("select report, reported_by from area_dialogue where area = 'Nørrebro'"))
                .containsEntry("REPORT", "Tryghedsvandringer aftalt med KAB og fsb; fritidsklubben inviteres næste gang.")
                .containsEntry("REPORTED_BY", SECRETARY);
    }
}
