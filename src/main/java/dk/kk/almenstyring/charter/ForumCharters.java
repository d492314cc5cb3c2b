package dk.kk.almenstyring.charter;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** All forum charters, keyed by forum key (BMF, PSF, TKS, SF). */
@ConfigurationProperties(prefix = "almen")
public class ForumCharters {

    private final Map<String, ForumCharter> forums;

    public ForumCharters(Map<String, ForumCharter> forums) {
        Map<String, ForumCharter> keyed = new LinkedHashMap<>();
        if (forums != null) {
            forums.forEach((key, charter) -> keyed.put(key, charter.withKey(key)));
        }
        // keeps the order of forums.yml (level 1 before level 2), which the API and the forms show
        this.forums = java.util.Collections.unmodifiableMap(keyed);
        this.forums.values().forEach(ForumCharters::check);
    }

    /** The charter of a forum; an unknown key is the caller's mistake and answers with a 400. */
    public ForumCharter get(String forumKey) {
        ForumCharter charter = forumKey == null ? null : forums.get(forumKey.trim().toUpperCase());
        if (charter == null) {
            throw new BadUserRequestException("Ukendt forum: '" + forumKey + "'. Kendte fora: "
                    + String.join(", ", forums.keySet().stream().sorted().toList()) + ".");
        }
        return charter;
    }

    public Collection<ForumCharter> all() {
        return forums.values();
    }

    private static void check(ForumCharter c) {
        Objects.requireNonNull(c.name(), () -> "forum " + c.key() + ": name is required");
        Objects.requireNonNull(c.secretariatGroup(), () -> "forum " + c.key() + ": secretariat-group is required");
        Objects.requireNonNull(c.agendaDeadline(), () -> "forum " + c.key() + ": agenda-deadline is required");
        Objects.requireNonNull(c.minutesDeadline(), () -> "forum " + c.key() + ": minutes-deadline is required");
        Objects.requireNonNull(c.commentWindow(), () -> "forum " + c.key() + ": comment-window is required");
        Objects.requireNonNull(c.noticePeriod(), () -> "forum " + c.key() + ": notice-period is required");
        Objects.requireNonNull(c.meetingDuration(), () -> "forum " + c.key() + ": meeting-duration is required");
        if (c.memberGroups().isEmpty()) {
            throw new IllegalStateException("forum " + c.key() + ": member-groups must not be empty");
        }
    }
}
