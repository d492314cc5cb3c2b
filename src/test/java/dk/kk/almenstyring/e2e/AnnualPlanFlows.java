package dk.kk.almenstyring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * The årshjul in Tasklist: the secretariat starts it for a year, reads the proposed meetings, moves one onto a day
 * when a forum with shared members meets and is refused (nothing recorded), moves it to a free day and approves;
 * the first meeting is then called by itself in time, and its members find it in Tasklist.
 */
abstract class AnnualPlanFlows extends EndToEndFlow {

    static final String SECRETARY = "sekretaer";
    static final String REVIEW = "Gennemgå og godkend årshjulet: Årshjul 2028";
    static final String LIST = "Årets møder";

    @Test
    void theSecretariatPlansTheYearAdjustsADateIsRefusedForAClashAndApproves() {
        TasklistForm start = tasklist.loginAs(SECRETARY).startProcess("Årshjul");
        start.fill("År", "2028");
        start.start();
        assertThat(count("select count(*) as n from annual_plan")).isZero();

        TasklistForm review = task(SECRETARY, REVIEW);
        assertThat(review.rowCount(LIST)).as("BMF 2, PSF 1, TKS 8, SF 6").isEqualTo(17);
        TasklistForm.Scope first = review.row(LIST, 0);
        assertThat(first.value("Mødedato")).isEqualTo("27.01.2028");
        assertThat(review.textOnceItShows("torsdag den 27. januar 2028 kl. 10.00")).contains("torsdag den 27. januar 2028");

        // TKS in early June onto Samarbejdsforum's day in mid June: tks sits in both
        tksInJune(review).fill("Mødedato", "15.06.2028");
        String refusal = review.completeRefused();
        assertThat(refusal).contains("Den Tværkommunale Styregruppe og Samarbejdsforum mødes begge torsdag den 15. juni 2028")
                .contains("Flyt et af møderne").doesNotContain("Exception");
        assertThat(count("select count(*) as n from annual_plan")).as("nothing recorded").isZero();

        TasklistForm again = task(SECRETARY, REVIEW);
        tksInJune(again).fill("Mødedato", "07.06.2028");
        assertThat(again.textOnceItShows("onsdag den 7. juni 2028 kl. 10.00")).contains("onsdag den 7. juni 2028");
        again.complete();
        assertThat(row("select plan_year, approved_by from annual_plan").get("APPROVED_BY")).isEqualTo(SECRETARY);
        assertThat(count("select count(*) as n from annual_plan_meeting")).isEqualTo(17);
        assertThat(instant(row("select starts_at from annual_plan_meeting where forum_key = 'TKS' and starts_at > ? "
                + "and starts_at < ?", java.sql.Timestamp.from(at(LocalDate.of(2028, 6, 1), 0, 0)),
                java.sql.Timestamp.from(at(LocalDate.of(2028, 6, 30), 0, 0))).get("STARTS_AT")))
                .isEqualTo(at(LocalDate.of(2028, 6, 7), 10, 0));

        // the first to be called is Partnerskabsforum (9 May 2028, 4 months' notice): on 30 December 2027 at 08:00
        moveClockTo(at(LocalDate.of(2027, 12, 30), 7, 59));
        assertThat(count("select count(*) as n from meeting")).as("not before").isZero();
        moveClockTo(at(LocalDate.of(2027, 12, 30), 8, 0));
        assertThat(row("select m.forum_key, m.created_by from meeting m join annual_plan_meeting p on p.meeting_id = m.id"))
                .containsEntry("FORUM_KEY", "PSF").containsEntry("CREATED_BY", SECRETARY);
        assertThat(tasksOf("bl-fsb")).contains("Foreslå punkt til dagsordenen: Partnerskabsforum tirsdag den 9. maj 2028");
    }

    private TasklistForm.Scope tksInJune(TasklistForm form) {
        for (int i = 0; i < form.rowCount(LIST); i++) {
            TasklistForm.Scope item = form.row(LIST, i);
            if ("06.06.2028".equals(item.value("Mødedato"))) {
                return item;
            }
        }
        throw new AssertionError("no meeting on 06.06.2028 in the plan");
    }

    /** Presses *Fuldfør* where the server must refuse: returns Tasklist's message; the task stays open. */
    private long count(String sql) {
        return ((Number) row(sql).get("N")).longValue();
    }
}
