package dk.kk.almenstyring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Samarbejdsforum from the invitation to the final minutes, with a proposal on time, one after the deadline that
 * the secretariat accepts, an item the secretariat adds, a member's comment and its incorporation.
 */
abstract class SamarbejdsforumFlows extends MeetingSteps {

    static final String MEETING = "Samarbejdsforum torsdag den 11. februar 2027";
    static final int SF_MEMBERS = 12; // bl-sf 4 + llo 1 + tks 7

    @Test
    void aWholeMeetingWithALateProposalAndACommentIncorporated() throws Exception {
        assertThat(tasklist.loginAs(SECRETARY).startableProcesses()).as("Start proces offers the secretariat's processes only")
                .containsExactlyInAnyOrder("Mødeforløb", "Hovedaftale", "Delaftale", "Enkeltaftale", "Områdebaseret styringsdialog", "Årlig evaluering", "Årshjul", "Styringsdialog");
        long meeting = callMeeting("SF", "11.02.2027", "14.00", "Rådhuset, Udvalgsværelse 1",
                "torsdag den 11. februar 2027 kl. 14.00");
        assertThat(mails()).as("an invitation to every member").hasSize(SF_MEMBERS);
        assertThat(body(lastMailTo("bl-aab@"))).contains("torsdag den 11. februar 2027").contains("Rådhuset, Udvalgsværelse 1");

        // a member proposes; the task comes back for the next proposal
        String propose = "Foreslå punkt til dagsordenen: " + MEETING;
        propose("bl-aab", propose, "Fleksibel udlejning i Tingbjerg", "Udlejning og anvisning");
        assertThat(row("select proposed_lead, late from agenda_proposal where title = ?", "Fleksibel udlejning i Tingbjerg"))
                .as("F7: letting is led by SOF").containsEntry("PROPOSED_LEAD", "SOF").containsEntry("LATE", false);
        assertThat(tasksOf("bl-aab")).contains(propose);
        assertThat(tasklist.offersStartProcess(Duration.ofSeconds(3))).as("a member has nothing to start").isFalse();

        // after the deadline a proposal is kept, and the secretariat decides on it
        moveClockTo(at(LocalDate.of(2027, 1, 21), 16, 1));
        String prepare = "Udarbejd dagsorden: " + MEETING;
        assertThat(tasksOf(SECRETARY)).contains(prepare);
        propose("bl-kab", propose, "Tryghed i opgangene", "Tryghed og trivsel", "Fleksibel udlejning i Tingbjerg");
        assertThat(row("select late, status from agenda_proposal where title = ?", "Tryghed i opgangene"))
                .containsEntry("LATE", true).containsEntry("STATUS", "PENDING");
        assertThat(subjectsTo("sekretaer@")).isNotEmpty();
        TasklistForm review = task(SECRETARY, "Behandl forslag modtaget efter fristen: " + MEETING);
        assertThat(review.text()).contains("Tryghed i opgangene");
        review.check("Afgørelse", "Optag på dagsordenen");
        review.complete();
        executeDueJobs();
        assertThat(row("select status, reviewed_by from agenda_proposal where title = ?", "Tryghed i opgangene"))
                .containsEntry("STATUS", "ACCEPTED").containsEntry("REVIEWED_BY", SECRETARY);

        // the agenda: both proposals are on it; the secretariat adds an item of its own
        TasklistForm agenda = task(SECRETARY, prepare);
        String items = "Punkter på dagsordenen";
        assertThat(titles(agenda, items, "Punktets overskrift"))
                .containsExactly("Fleksibel udlejning i Tingbjerg", "Tryghed i opgangene");
        TasklistForm.Scope added = agenda.addRow(items);
        added.fill("Punktets overskrift", "Klimatilpasning af afdelingerne");
        added.choose("Tema", "Klima og miljø");
        added.choose("Ansvarlig forvaltning / ordfører", "Teknik- og Miljøforvaltningen");
        agenda.complete();
        executeDueJobs();
        assertThat(rows("select title, responsible from agenda_item where meeting_id = ? order by position", meeting))
                .extracting(r -> r.get("TITLE") + "/" + r.get("RESPONSIBLE"))
                .containsExactly("Fleksibel udlejning i Tingbjerg/SOF", "Tryghed i opgangene/SOF",
                        "Klimatilpasning af afdelingerne/TMF");
        assertThat(meetingStatus(meeting)).isEqualTo("AGENDA_SENT");
        assertThat(body(lastMailTo("llo-repr@"))).contains("Fleksibel udlejning i Tingbjerg").contains("Klimatilpasning af afdelingerne");

        // the meeting is held; the minutes with attendance and a decision per item
        moveClockTo(at(LocalDate.of(2027, 2, 11), 16, 1));
        recordMinutes("Udarbejd referat: " + MEETING, List.of("Hanne Juhl", "Camilla Friis"), null,
                "Referat af mødet i Samarbejdsforum.");
        assertThat(rows("select user_id from attendance where meeting_id = ? and present", meeting))
                .extracting(r -> r.get("USER_ID")).containsExactlyInAnyOrder("bl-aab", "tks-sof");
        assertThat(rows("select decision from agenda_item where meeting_id = ? order by position", meeting))
                .extracting(r -> r.get("DECISION")).containsExactly("Drøftet: Fleksibel udlejning i Tingbjerg.",
                        "Drøftet: Tryghed i opgangene.", "Drøftet: Klimatilpasning af afdelingerne.");
        assertThat(subject(lastMailTo("bl-aab@"))).containsIgnoringCase("referat");

        // a member comments; when the window closes the secretariat incorporates the comment
        TasklistForm comment = task("tks-sof", "Bemærkninger til referatet: " + MEETING);
        assertThat(comment.value("Referat")).isEqualTo("Referat af mødet i Samarbejdsforum.");
        comment.fill("Dine bemærkninger", "SOF ønsker punkt 2 præciseret.");
        comment.complete();
        assertThat(rows("select author, body from minutes_comment where meeting_id = ?", meeting))
                .extracting(r -> r.get("AUTHOR") + ": " + r.get("BODY")).containsExactly("tks-sof: SOF ønsker punkt 2 præciseret.");

        moveClockTo(at(LocalDate.of(2027, 2, 25), 16, 1));
        TasklistForm incorporate = task(SECRETARY, "Indarbejd bemærkninger i referatet: " + MEETING);
        assertThat(incorporate.value("Modtagne bemærkninger")).contains("SOF ønsker punkt 2 præciseret.");
        incorporate.fill("Endeligt referat", "Referat af mødet i Samarbejdsforum, punkt 2 præciseret.");
        incorporate.complete();
        executeDueJobs();
        assertThat(rows("select version, final from minutes_version where meeting_id = ? order by version", meeting))
                .extracting(r -> r.get("VERSION") + "/" + r.get("FINAL")).containsExactly("1/false", "2/true");
        assertThat(meetingStatus(meeting)).isEqualTo("FINAL");
        assertThat(body(lastMailTo("bl-vibo@"))).contains("punkt 2 præciseret");
    }
}
