package dk.kk.almenstyring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import dk.kk.almenstyring.agreement.AgreementContent;
import dk.kk.almenstyring.agreement.AgreementLevel;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.agreement.AgreementStatus;
import dk.kk.almenstyring.agreement.AgreementVersion;
import dk.kk.almenstyring.agreement.NewAgreement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A delaftale prepared in two real Samarbejdsforum meetings (not agreed, revised, agreed), approved by BR's and
 * BL's secretariats, and revised while in force; and an enkeltaftale between a forvaltning and a
 * housing organisation, agreed by both and followed up. The agreement above each is in force already (the
 * hovedaftale flow proves how it gets there).
 */
abstract class SubAgreementFlows extends AgreementSteps {

    static final String DELAFTALE = "Delaftale om udlejning og boligsocial anvisning";
    static final String ENKELTAFTALE = "Tryghed i Demoparken";
    static final String SF1 = "Samarbejdsforum torsdag den 11. februar 2027";
    static final String SF2 = "Samarbejdsforum torsdag den 11. marts 2027";
    static final String OWNER = "e2e-fixture-owner";

    @Autowired
    AgreementRegister register;

    @Test
    void aDelaftaleThroughSamarbejdsforumApprovalAndRevision() throws Exception {
        inForce(AgreementLevel.HOVEDAFTALE, "Hovedaftale 2026–2029");
        TasklistForm start = tasklist.loginAs(SECRETARY).startProcess("Delaftale");
        start.fill("Delaftalens titel", DELAFTALE);
        start.choose("Tema", "Udlejning og anvisning");
        start.row(GOALS, 0).fill("Mål", "Kortere venteliste").fill("Succeskriterium", "Ventelisten er under 200 husstande");
        start.fill("Aftaletekst", "Parterne er enige om følgende.");
        start.start();
        long id = agreementId(DELAFTALE);
        assertThat(row("select level, status, lead_forvaltning, created_by from agreement where id = ?", id))
                .containsEntry("LEVEL", "DELAFTALE").containsEntry("STATUS", "DRAFT")
                .as("F7: letting is led by SOF").containsEntry("LEAD_FORVALTNING", "SOF").containsEntry("CREATED_BY", SECRETARY);

        callMeeting("SF", "11.02.2027", "14.00", null, "torsdag den 11. februar 2027 kl. 14.00");
        callMeeting("SF", "11.03.2027", "14.00", null, "torsdag den 11. marts 2027 kl. 14.00");
        moveClockTo(at(LocalDate.of(2027, 1, 21), 16, 1));
        agendaThenMinutes(SF1, "Delaftale: " + DELAFTALE, at(LocalDate.of(2027, 2, 11), 16, 1),
                List.of("Hanne Juhl", "Kasper Thorsen"), NOT_AGREED);

        TasklistForm revise = task(SECRETARY, "Revidér udkastet til delaftale: " + DELAFTALE);
        revise.row(GOALS, 0).fill("Succeskriterium", "Ventelisten er under 150 husstande");
        revise.fill("Hvad er ændret, og hvorfor?", "Målet er skærpet efter Samarbejdsforum.");
        revise.choose("Videre forløb", "Send den reviderede tekst til Samarbejdsforum");
        revise.complete();
        executeDueJobs();
        assertThat(versions(id)).isEqualTo(2);

        moveClockTo(at(LocalDate.of(2027, 2, 18), 16, 1));
        agendaThenMinutes(SF2, "Delaftale: " + DELAFTALE + " (version 2)", at(LocalDate.of(2027, 3, 11), 16, 1),
                List.of("Hanne Juhl", "Camilla Friis"), AGREED);
        assertThat(agreementStatus(id)).isEqualTo("NEGOTIATED");

        registerApproval("br-sekretaer", "BR", DELAFTALE, true, "BR-2027-201");
        registerApproval("bl-sekretaer", "BL", DELAFTALE, true, "BL1-2027-22");
        assertThat(agreementStatus(id)).isEqualTo("ACTIVE");
        assertThat(subjectsTo("llo-repr@")).anyMatch(s -> s.startsWith("Delaftale i kraft: " + DELAFTALE));

        TasklistForm active = task(SECRETARY, "Revidér delaftalen: " + DELAFTALE);
        active.row(GOALS, 0).fill("Mål", "Fleksibel udlejning");
        active.fill("Hvad er ændret, og hvorfor?", "Fleksibel udlejning er taget med.");
        active.complete();
        executeDueJobs();
        assertThat(versions(id)).isEqualTo(3);
        assertThat(agreementStatus(id)).as("the version in force stays until the revision is approved").isEqualTo("ACTIVE");
        assertThat(rows("select title from agenda_request where agreement_id = ? and outcome is null", id))
                .extracting(r -> r.get("TITLE")).singleElement().asString().startsWith("Revision af delaftale: " + DELAFTALE);
    }

    @Test
    void anEnkeltaftaleAgreedByBothPartiesAndFollowedUp() throws Exception {
        long parent = inForce(AgreementLevel.DELAFTALE, "Delaftale om tryghed");
        TasklistForm start = tasklist.loginAs(SECRETARY).startProcess("Enkeltaftale");
        start.fill("Enkeltaftalens titel", ENKELTAFTALE);
        start.choose("Forvaltning", "Socialforvaltningen");
        start.fill("Boligorganisation (kode)", "KAB");
        start.fill("Afdeling (nummer)", "KAB-101");
        start.fill("Overordnet aftale (nummer)", Long.toString(parent));
        start.row(GOALS, 0).fill("Mål", "Færre fraflytninger").fill("Succeskriterium", "Fraflytningen falder med 10 procent");
        start.fill("Aftaletekst", "Parterne samarbejder om tryghed i afdelingen.");
        start.fill("Opfølgningsdato", "01.06.2027");
        start.start();
        long id = agreementId(ENKELTAFTALE);
        assertThat(row("select level, status, forvaltning, parent_id, follow_up_date from agreement where id = ?", id))
                .containsEntry("LEVEL", "ENKELTAFTALE").containsEntry("STATUS", "DRAFT").containsEntry("FORVALTNING", "SOF")
                .containsEntry("PARENT_ID", parent);

        String agree = "Tilslutning til enkeltaftale: " + ENKELTAFTALE;
        TasklistForm forvaltning = task("tks-sof", agree);
        forvaltning.choose("Jeres beslutning", "Vi tilslutter os aftalen");
        forvaltning.fill("Sagsnummer", "SOF-2027-11");
        forvaltning.complete();
        assertThat(agreementStatus(id)).as("waits for the organisation").isEqualTo("DRAFT");
        TasklistForm organisation = task("bo-kab", agree);
        organisation.choose("Jeres beslutning", "Vi tilslutter os aftalen");
        organisation.fill("Sagsnummer", "KAB-55");
        organisation.complete();
        executeDueJobs();
        assertThat(agreementStatus(id)).isEqualTo("ACTIVE");
        assertThat(rows("select body, case_reference, registered_by from agreement_approval where agreement_id = ? order by body", id))
                .extracting(r -> r.get("BODY") + "/" + r.get("CASE_REFERENCE") + "/" + r.get("REGISTERED_BY"))
                .containsExactly("KAB/KAB-55/bo-kab", "SOF/SOF-2027-11/tks-sof");

        moveClockTo(at(LocalDate.of(2027, 6, 1), 9, 1));
        String followUp = "Opfølgning på enkeltaftale: " + ENKELTAFTALE;
        for (String user : List.of("tks-sof", "bo-kab")) {
            TasklistForm form = task(user, followUp);
            form.fill("Status på målene", "Fraflytningen er faldet med 12 procent (" + user + ").");
            form.choose("Videre opfølgning", "Afslut opfølgningen");
            form.complete();
        }
        executeDueJobs();
        assertThat(row("select status, follow_up_date from agreement where id = ?", id))
                .containsEntry("STATUS", "ACTIVE").containsEntry("FOLLOW_UP_DATE", null);
        assertThat(tasksOf("bo-kab")).doesNotContain(followUp);
    }

    /** An agreement in force, as its own process would leave it: the parent the flow under test needs. */
    private long inForce(AgreementLevel level, String title) {
        long id = register.create(new NewAgreement(level, title, null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2029, 12, 31),
                level == AgreementLevel.DELAFTALE ? "SOF" : null, null, null, null, null,
                new AgreementContent("tryghed", List.of(new AgreementVersion.Goal("Tryghed", "Tryghedsindekset stiger")),
                        "Tekst", List.of())), OWNER, "e2e");
        for (AgreementStatus s : List.of(AgreementStatus.NEGOTIATED, AgreementStatus.APPROVED, AgreementStatus.ACTIVE)) {
            register.transition(id, s, "e2e", OWNER, "e2e");
        }
        return id;
    }
}
