package dk.kk.almenstyring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Den Tværkommunale Styregruppe: a meeting moved through *Flyt eller aflys mødet* that then runs its whole cycle
 * at the new date, its minutes final when the comment window closes without comments; and a meeting cancelled.
 */
abstract class TksMeetingFlows extends MeetingSteps {

    static final String CHANGE = "Hvad skal der ske med mødet?";

    @Test
    void aMeetingMovedThenHeldWithMinutesFinalWhenTheWindowCloses() throws Exception {
        long meeting = callMeeting("TKS", "28.01.2027", "10.00", null, "torsdag den 28. januar 2027 kl. 10.00");
        assertThat(mailsTo("tks-okf@")).hasSize(1);
        String before = "Den Tværkommunale Styregruppe torsdag den 28. januar 2027";
        String after = "Den Tværkommunale Styregruppe torsdag den 4. februar 2027";
        propose("tks-buf", "Foreslå punkt til dagsordenen: " + before, "Fælles boligsocial indsats i Mjølnerparken",
                "Boligsocial indsats");

        TasklistForm change = task(SECRETARY, "Flyt eller aflys mødet: " + before);
        change.check(CHANGE, "Flyt mødet");
        change.fill("Ny mødedato", "04.02.2027");
        change.fill("Mødet begynder kl.", "13.00");
        change.fill("Nyt mødested", "Rådhuset, Udvalgsværelse 3");
        change.fill("Begrundelse", "Formanden er forhindret.");
        assertThat(change.textOnceItShows("torsdag den 4. februar 2027")).as("the new date read back in words").contains("torsdag den 4. februar 2027");
        change.complete();
        executeDueJobs();
        assertThat(row("select kind, reason, changed_by from meeting_change where meeting_id = ?", meeting))
                .containsEntry("KIND", "MOVED").containsEntry("REASON", "Formanden er forhindret.")
                .containsEntry("CHANGED_BY", SECRETARY);
        assertThat(instant(row("select starts_at from meeting where id = ?", meeting).get("STARTS_AT"))).isEqualTo(at(LocalDate.of(2027, 2, 4), 13, 0));
        assertThat(body(lastMailTo("tks-okf@"))).contains("Formanden er forhindret.").contains("torsdag den 4. februar 2027");
        assertThat(tasksOf(SECRETARY)).as("the open tasks carry the new date")
                .contains("Flyt eller aflys mødet: " + after).doesNotContain("Flyt eller aflys mødet: " + before);

        // the old proposal deadline (18 January) passes without effect; the new one is 25 January
        moveClockTo(at(LocalDate.of(2027, 1, 18), 16, 1));
        assertThat(tasksOf(SECRETARY)).doesNotContain("Udarbejd dagsorden: " + after);
        moveClockTo(at(LocalDate.of(2027, 1, 25), 16, 1));
        sendAgenda("Udarbejd dagsorden: " + after, "Fælles boligsocial indsats i Mjølnerparken");
        assertThat(body(lastMailTo("tks-kff@"))).contains("Fælles boligsocial indsats i Mjølnerparken");

        moveClockTo(at(LocalDate.of(2027, 2, 4), 15, 1));
        recordMinutes("Udarbejd referat: " + after, List.of("Camilla Friis", "Ida Vestergaard", "Henrik Bach"), null,
                "Referat af mødet i Den Tværkommunale Styregruppe.");
        assertThat(meetingStatus(meeting)).isEqualTo("MINUTES_SENT");
        assertThat(tasksOf("tks-okf")).contains("Bemærkninger til referatet: " + after);

        Instant windowEnd = instant(row("select comment_window_end from meeting where id = ?", meeting).get("COMMENT_WINDOW_END"));
        moveClockTo(windowEnd.plusSeconds(60));
        assertThat(meetingStatus(meeting)).as("final without further action").isEqualTo("FINAL");
        assertThat(tasksOf("tks-okf")).doesNotContain("Bemærkninger til referatet: " + after);
        assertThat(body(lastMailTo("tks-okf@"))).contains("Referat af mødet i Den Tværkommunale Styregruppe.");
    }

    @Test
    void aMeetingCancelledTellsEveryMemberWhy() throws Exception {
        // inside the notice period (two weeks) a meeting needs a reason: refused in one Danish line, nothing recorded
        TasklistForm tooSoon = tasklist.loginAs(SECRETARY).startProcess("Mødeforløb");
        tooSoon.choose("Forum", FORUMS.get("TKS"));
        tooSoon.fill("Mødedato", "07.01.2027");
        tooSoon.fill("Mødet begynder kl.", "10.00");
        assertThat(tooSoon.startRefused()).contains("begrundelse").doesNotContain("Exception").doesNotContain("meeting-cycle:");
        assertThat(meetingCount()).isZero();

        long meeting = callMeeting("TKS", "11.03.2027", "09.30", "Teknik- og Miljøforvaltningen",
                "torsdag den 11. marts 2027 kl. 09.30");
        String name = "Den Tværkommunale Styregruppe torsdag den 11. marts 2027";
        TasklistForm change = task(SECRETARY, "Flyt eller aflys mødet: " + name);
        change.check(CHANGE, "Aflys mødet");
        change.fill("Begrundelse", "Sammenfald med budgetforhandlingerne.");
        change.complete();
        executeDueJobs();
        assertThat(meetingStatus(meeting)).isEqualTo("CANCELLED");
        assertThat(row("select kind, reason from meeting_change where meeting_id = ?", meeting))
                .containsEntry("KIND", "CANCELLED").containsEntry("REASON", "Sammenfald med budgetforhandlingerne.");
        assertThat(mailsTo("tks-sof@")).hasSize(2);
        assertThat(body(lastMailTo("tks-sof@"))).contains("Sammenfald med budgetforhandlingerne.");
        assertThat(tasksOf("tks-sof")).as("nothing left to propose to").doesNotContain("Foreslå punkt til dagsordenen: " + name);
    }
}
