package dk.kk.almenstyring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/**
 * The secretariat's and the members' steps of a meeting, in Tasklist, shared by the meeting flows and the
 * agreement flows (an agreement moves on through the minutes of a real meeting).
 */
abstract class MeetingSteps extends EndToEndFlow {

    static final String SECRETARY = "sekretaer";

    /** The forum names as the start form offers them, by key. */
    static final Map<String, String> FORUMS = Map.of("BMF", "Borgmesterforum", "PSF", "Partnerskabsforum",
            "TKS", "Den Tværkommunale Styregruppe", "SF", "Samarbejdsforum");

    /**
     * *Start process* → *Mødeforløb*: the secretariat calls a meeting with a Danish date (dd.mm.åååå) and time
     * (tt.mm), reads the date back in words, and presses *Start*. Returns the meeting's id from the register.
     */
    long callMeeting(String forumKey, String date, String time, String location, String dateInWords) {
        int before = meetingCount();
        TasklistForm form = tasklist.loginAs(SECRETARY).startProcess("Mødeforløb");
        form.choose("Forum", FORUMS.get(forumKey));
        form.fill("Mødedato", date);
        form.fill("Mødet begynder kl.", time);
        if (location != null) {
            form.fill("Mødested", location);
        }
        assertThat(form.textOnceItShows(dateInWords)).as("the date read back in words before anything is sent").contains(dateInWords);
        form.start();
        assertThat(meetingCount()).as("one meeting called").isEqualTo(before + 1);
        long id = (Long) row("select max(id) as id from meeting").get("ID");
        assertThat(row("select forum_key, created_by from meeting where id = ?", id))
                .containsEntry("FORUM_KEY", forumKey).containsEntry("CREATED_BY", SECRETARY);
        executeDueJobs();
        return id;
    }

    int meetingCount() {
        return ((Number) row("select count(*) as n from meeting").get("N")).intValue();
    }

    /**
     * A member proposes an item from *Foreslå punkt til dagsordenen*, after reading there the proposals the forum
     * has received so far.
     */
    void propose(String member, String taskName, String title, String theme, String... receivedBefore) {
        TasklistForm form = task(member, taskName);
        for (String received : receivedBefore) {
            assertThat(form.textOnceItShows(received)).as("the proposals received so far").contains(received);
        }
        form.fill("Punktets overskrift", title);
        form.choose("Tema", theme);
        form.complete();
        executeDueJobs();
        assertThat(rows("select proposed_by from agenda_proposal where title = ?", title))
                .as("the proposal is recorded").extracting(r -> r.get("PROPOSED_BY")).containsExactly(member);
    }

    /** The secretariat sends the agenda as prefilled, after checking its items are there. */
    void sendAgenda(String taskName, String firstExpectedTitle, String... moreExpectedTitles) {
        TasklistForm form = task(SECRETARY, taskName);
        String list = "Punkter på dagsordenen";
        List<String> titles = titles(form, list, "Punktets overskrift");
        List<String> expected = new java.util.ArrayList<>(List.of(moreExpectedTitles));
        expected.add(0, firstExpectedTitle);
        assertThat(titles).as("the agenda is prefilled").containsAll(expected);
        form.complete();
        executeDueJobs();
    }

    static List<String> titles(TasklistForm form, String list, String field) {
        return java.util.stream.IntStream.range(0, form.rowCount(list))
                .mapToObj(i -> form.row(list, i).value(field)).toList();
    }

    static final String OUTCOME = "Udfald (kun for punkter om en aftale)";
    static final String AGREED = "Enighed om aftalen";
    static final String NOT_AGREED = "Ikke enighed";

    /**
     * The secretariat records the minutes: who attended, a decision on every item, the *Udfald* of each item about
     * an agreement (the form shows that field only there), and the text.
     */
    void recordMinutes(String taskName, List<String> present, String agreementOutcome, String minutesText) {
        TasklistForm form = task(SECRETARY, taskName);
        form.check("Fremmødte", present.toArray(String[]::new));
        String list = "Beslutninger";
        int agreementItems = 0;
        for (int i = 0; i < form.rowCount(list); i++) {
            TasklistForm.Scope item = form.row(list, i);
            item.fill("Beslutning", "Drøftet: " + item.value("Punkt på dagsordenen") + ".");
            if (item.shows(OUTCOME)) {
                item.choose(OUTCOME, agreementOutcome);
                agreementItems++;
            }
        }
        assertThat(agreementItems).as("items about an agreement in the minutes").isEqualTo(agreementOutcome == null ? 0 : 1);
        form.fill("Referat", minutesText);
        form.complete();
        executeDueJobs();
    }

    /**
     * The secretariat sends the agenda (with this item on it), the meeting is held, and the secretariat records the
     * minutes with the agreement item's *Udfald*.
     */
    void agendaThenMinutes(String meeting, String item, java.time.Instant meetingEnded, List<String> present, String outcome) {
        sendAgenda("Udarbejd dagsorden: " + meeting, item);
        moveClockTo(meetingEnded);
        recordMinutes("Udarbejd referat: " + meeting, present, outcome, "Referat af mødet i " + meeting + ".");
    }

    String meetingStatus(long meetingId) {
        return (String) row("select status from meeting where id = ?", meetingId).get("STATUS");
    }
}
