package dk.kk.almenstyring.wheel;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** One meeting of the year's plan, as proposed by the wheel or as the secretariat adjusted it. */
public record PlannedMeeting(String forumKey, LocalDate date, LocalTime time, String location) {

    static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final DateTimeFormatter DANISH_TIME = DateTimeFormatter.ofPattern("HH.mm");

    /** The item of the review form's list {@code plannedMeetings}: the date and time typed the Danish way. */
    Map<String, Object> formItem() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put(AnnualWheelProcess.Item.FORUM_KEY, forumKey);
        item.put(AnnualWheelProcess.Item.MEETING_DATE, DANISH_DATE.format(date));
        item.put(AnnualWheelProcess.Item.MEETING_TIME, DANISH_TIME.format(time));
        item.put(AnnualWheelProcess.Item.MEETING_LOCATION, location);
        return item;
    }
}
