package dk.kk.almenstyring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;

import dk.kk.almenstyring.common.DanishText;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Steps of the agreement processes that several flows take: the approvals and the register rows they leave. */
abstract class AgreementSteps extends MeetingSteps {

    static final String GOALS = "Mål og succeskriterier";

    /** Today by the engine clock, as a person types it: dd.mm.åååå. */
    static String todayTyped() {
        return ClockUtil.getCurrentTime().toInstant().atZone(DanishText.COPENHAGEN).toLocalDate()
                .format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }

    /** BR's or BL's secretariat registers its body's decision on the agreement, dated today. */
    void registerApproval(String user, String body, String agreementTitle, boolean approved, String caseReference) {
        TasklistForm form = task(user, "Registrér " + body + "'s godkendelse: " + agreementTitle);
        form.check("Beslutning", approved ? "Godkendt" : "Afvist");
        form.fill("Beslutningsdato", todayTyped());
        form.fill("Sagsnummer", caseReference);
        if (!approved) {
            form.fill("Begrundelse for afvisningen", "Aftalen er ikke acceptabel i sin nuværende form.");
        }
        form.complete();
        executeDueJobs();
        assertThat(rows("select body, decision, case_reference, registered_by from agreement_approval where case_reference = ?",
                caseReference)).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("BODY", body).containsEntry("DECISION", approved ? "APPROVED" : "REJECTED")
                .containsEntry("REGISTERED_BY", user));
    }

    String agreementStatus(long id) {
        return (String) row("select status from agreement where id = ?", id).get("STATUS");
    }

    long agreementId(String title) {
        return ((Number) row("select id from agreement where title = ?", title).get("ID")).longValue();
    }

    int versions(long id) {
        return ((Number) row("select count(*) as n from agreement_version where agreement_id = ?", id).get("N")).intValue();
    }
}
