package dk.kk.almenstyring.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.charter.ForumCharter;
import dk.kk.almenstyring.identity.MemberDirectory;
import dk.kk.almenstyring.mail.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who gets an escalation: the forum's chairs, and the secretariat as well when a chair named in the charter is not
 * a user with an e-mail address (the charters name people by user id, and an id that does not exist in production
 * would otherwise drop the escalation without a word). Nobody at all is an error: the step fails and shows as an
 * incident rather than pretend it escalated.
 */
@Component
public class EscalationRecipients {

    private static final Logger LOG = LoggerFactory.getLogger(EscalationRecipients.class);

    private final MemberDirectory directory;

    public EscalationRecipients(MemberDirectory directory) {
        this.directory = directory;
    }

    public List<Recipient> forForum(ForumCharter charter) {
        List<Recipient> chairs = directory.users(charter.chairs());
        List<String> missing = new ArrayList<>(charter.chairs());
        missing.removeAll(chairs.stream().map(Recipient::userId).toList());
        if (missing.isEmpty()) {
            return chairs;
        }
        Map<String, Recipient> recipients = new LinkedHashMap<>();
        chairs.forEach(chair -> recipients.put(chair.userId(), chair));
        directory.inGroups(List.of(charter.secretariatGroup())).forEach(r -> recipients.putIfAbsent(r.userId(), r));
        LOG.warn("Escalation for {}: chair(s) {} named in forums.yml are not users with an e-mail address; the"
                + " secretariat group '{}' gets the escalation too", charter.key(), missing, charter.secretariatGroup());
        return nonEmpty(List.copyOf(recipients.values()), "formandskabet for " + charter.name()
                + " (" + String.join(", ", charter.chairs()) + ") eller sekretariatsgruppen '"
                + charter.secretariatGroup() + "'");
    }

    /** The members (with an address) of a group that receives escalations, never none. */
    public List<Recipient> forGroup(String groupId) {
        return nonEmpty(directory.inGroups(List.of(groupId)), "gruppen '" + groupId + "'");
    }

    private static List<Recipient> nonEmpty(List<Recipient> recipients, String who) {
        if (recipients.isEmpty()) {
            throw new IllegalStateException("Eskaleringen kan ikke sendes: der er ingen brugere med e-mailadresse i "
                    + who + ". Opret brugerne eller ret forums.yml, og gentag jobbet i Cockpit.");
        }
        return recipients;
    }
}
