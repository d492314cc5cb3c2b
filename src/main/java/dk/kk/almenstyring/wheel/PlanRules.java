package dk.kk.almenstyring.wheel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.calendar.WorkingDays;
import dk.kk.almenstyring.charter.ForumCharter;
import dk.kk.almenstyring.charter.ForumCharters;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.common.FormValues;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Component;

/**
 * What makes a year's plan one the secretariat may approve: every meeting in the plan's year, in the future, on a
 * working day, and callable with its forum's notice counted from the day of approval (PSF: 4 months, F2); every
 * forum's number of meetings within its charter's meetings-per-year; and no two meetings of forums with a member
 * group in common on the same day. A plan that breaks one is refused with every reason, in Danish.
 */
@Component
public class PlanRules {

    private final ForumCharters charters;
    private final WorkingDays workingDays;

    public PlanRules(ForumCharters charters, WorkingDays workingDays) {
        this.charters = charters;
        this.workingDays = workingDays;
    }

    /** The member groups two forums share (tks for TKS and SF, borgmestre for BMF and PSF). */
    static List<String> sharedGroups(ForumCharter a, ForumCharter b) {
        return a.memberGroups().stream().filter(b.memberGroups()::contains).toList();
    }

    /** The plan as typed in the review form, checked; refused as a whole when any meeting breaks a rule. */
    public List<PlannedMeeting> approvable(int year, List<Map<String, Object>> items, Instant now) {
        List<String> problems = new ArrayList<>();
        List<PlannedMeeting> plan = new ArrayList<>();
        LocalDate today = now.atZone(DanishText.COPENHAGEN).toLocalDate();
        for (int i = 0; i < items.size(); i++) {
            try {
                PlannedMeeting meeting = read(i + 1, items.get(i));
                checkMeeting(i + 1, meeting, year, today, now, problems);
                plan.add(meeting);
            } catch (BadUserRequestException e) {
                problems.add(e.getMessage());
            }
        }
        if (problems.isEmpty()) {
            checkCounts(plan, problems);
            checkClashes(plan, problems);
        }
        if (!problems.isEmpty()) {
            throw new BadUserRequestException("Årshjulet for " + year + " kan ikke godkendes: " + String.join(" ", problems));
        }
        return plan;
    }

    private PlannedMeeting read(int row, Map<String, Object> item) {
        String forumKey = FormValues.text(item.get(AnnualWheelProcess.Item.FORUM_KEY));
        if (forumKey == null) {
            throw new BadUserRequestException("Møde " + row + ": vælg forummet.");
        }
        ForumCharter charter = charters.get(forumKey);
        String what = "Møde " + row + " (" + charter.name() + "): mødedatoen";
        LocalDate date = FormValues.date(item.get(AnnualWheelProcess.Item.MEETING_DATE), what);
        if (date == null) {
            throw new BadUserRequestException("Møde " + row + " (" + charter.name() + "): angiv mødedatoen.");
        }
        LocalTime time = FormValues.time(item.get(AnnualWheelProcess.Item.MEETING_TIME),
                "Møde " + row + " (" + charter.name() + "): mødetidspunktet");
        if (time == null) {
            throw new BadUserRequestException("Møde " + row + " (" + charter.name() + "): angiv mødetidspunktet.");
        }
        String location = FormValues.text(item.get(AnnualWheelProcess.Item.MEETING_LOCATION));
        return new PlannedMeeting(charter.key(), date, time, location == null ? charter.defaultLocation() : location);
    }

    private void checkMeeting(int row, PlannedMeeting m, int year, LocalDate today, Instant now, List<String> problems) {
        ForumCharter charter = charters.get(m.forumKey());
        String which = "Møde " + row + " (" + charter.name() + " " + DanishText.date(m.date()) + ")";
        if (m.date().getYear() != year) {
            problems.add(which + " ligger ikke i " + year + ".");
        } else if (!m.date().atTime(m.time()).atZone(DanishText.COPENHAGEN).toInstant().isAfter(now)) {
            problems.add(which + " ligger i fortiden.");
        } else if (m.date().isBefore(today.plus(charter.noticePeriod()))) {
            problems.add(which + " kan ikke indkaldes i tide: " + charter.name() + " indkaldes med mindst "
                    + DanishText.period(charter.noticePeriod()) + " varsel, så godkendes planen i dag, kan mødet "
                    + "tidligst ligge " + DanishText.date(today.plus(charter.noticePeriod())) + ".");
        } else {
            workingDays.dayOff(m.date()).ifPresent(off -> problems.add(which + ": " + off.describe()
                    + ". Årshjulets møder ligger på arbejdsdage; et ekstraordinært møde indkaldes for sig."));
        }
    }

    private void checkCounts(List<PlannedMeeting> plan, List<String> problems) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        charters.all().forEach(c -> counts.put(c.key(), 0));
        plan.forEach(m -> counts.merge(m.forumKey(), 1, Integer::sum));
        for (ForumCharter charter : charters.all()) {
            ForumCharter.MeetingsPerYear range = charter.meetingsPerYear();
            int count = counts.get(charter.key());
            if (range != null && (count < range.min() || count > range.max())) {
                String allowed = range.min() == range.max() ? String.valueOf(range.min()) : range.min() + "–" + range.max();
                problems.add(charter.name() + " holder efter kommissoriet " + allowed + " " + meetings(range.max())
                        + " om året; planen har " + count + ".");
            }
        }
    }

    private void checkClashes(List<PlannedMeeting> plan, List<String> problems) {
        for (int i = 0; i < plan.size(); i++) {
            for (int j = i + 1; j < plan.size(); j++) {
                PlannedMeeting a = plan.get(i);
                PlannedMeeting b = plan.get(j);
                if (!a.date().equals(b.date())) {
                    continue;
                }
                ForumCharter ca = charters.get(a.forumKey());
                ForumCharter cb = charters.get(b.forumKey());
                List<String> shared = sharedGroups(ca, cb);
                if (!shared.isEmpty()) {
                    String who = ca == cb ? ca.name() + " har to møder" : ca.name() + " og " + cb.name() + " mødes begge";
                    problems.add(who + " " + DanishText.date(a.date()) + ", og de har medlemmer til fælles ("
                            + String.join(", ", shared) + "). Flyt et af møderne.");
                }
            }
        }
    }

    private static String meetings(int n) {
        return n == 1 ? "møde" : "møder";
    }
}
