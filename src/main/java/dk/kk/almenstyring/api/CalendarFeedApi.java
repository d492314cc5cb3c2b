package dk.kk.almenstyring.api;

import java.util.List;

import dk.kk.almenstyring.charter.ForumCharter;
import dk.kk.almenstyring.charter.ForumCharters;
import dk.kk.almenstyring.meeting.Meeting;
import dk.kk.almenstyring.wheel.CalendarFeed;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The årshjul as calendars to subscribe to: {@code /api/calendar/{forum}.ics} and {@code /api/calendar/all.ics}.
 * Read as the meeting API is: a forum's members, its secretariat and the administrator see all its meetings;
 * anyone else only Partnerskabsforum's meetings whose agenda has been published (F4). A forum the reader may not
 * read is 403; {@code all.ics} holds the forums the reader may read.
 */
@RestController
@RequestMapping("/api/calendar")
public class CalendarFeedApi {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar; charset=UTF-8");

    private final CalendarFeed feed;
    private final ForumCharters charters;
    private final ForumReadAccess readAccess;

    public CalendarFeedApi(CalendarFeed feed, ForumCharters charters, ForumReadAccess readAccess) {
        this.feed = feed;
        this.charters = charters;
        this.readAccess = readAccess;
    }

    @GetMapping("/all.ics")
    public ResponseEntity<String> all() {
        List<ForumCharter> readable = charters.all().stream()
                .filter(c -> readAccess.readsEverything(c) || readAccess.publishesAgendas(c)).toList();
        return calendar("Almen styring: alle fora", readable);
    }

    @GetMapping("/{forumKey}.ics")
    public ResponseEntity<String> forum(@PathVariable String forumKey) {
        ForumCharter charter = charters.get(forumKey);
        if (!readAccess.readsEverything(charter) && !readAccess.publishesAgendas(charter)) {
            readAccess.requireEverything(charter);
        }
        return calendar("Almen styring: " + charter.name(), List.of(charter));
    }

    private ResponseEntity<String> calendar(String name, List<ForumCharter> forums) {
        return ResponseEntity.ok().contentType(CALENDAR).body(feed.ics(name, forums, this::visible));
    }

    /** A planned meeting not yet called (null) is seen by those who read the whole forum only. */
    private boolean visible(ForumCharter charter, Meeting meeting) {
        return readAccess.readsEverything(charter) || meeting != null && meeting.agendaPublishedAt() != null;
    }
}
