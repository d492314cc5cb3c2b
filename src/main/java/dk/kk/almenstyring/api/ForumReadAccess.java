package dk.kk.almenstyring.api;

import java.util.ArrayList;
import java.util.List;

import dk.kk.almenstyring.charter.ForumCharter;
import dk.kk.almenstyring.common.CurrentUser;
import dk.kk.almenstyring.identity.MemberDirectory;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Component;

/**
 * Who reads a forum's meetings and records (proposals, agendas, minutes, comments, decisions): its members, its
 * secretariat and the administrator. Borgmesterforum and the Styregruppe are internal forums (seeds 000, 001), and
 * Samarbejdsforum's material goes to its own members (F13 informs three organisations by mail, not by access).
 * The one public record is Partnerskabsforum's agenda, which is published on the city's website (F4): once sent,
 * anyone logged in may read the meeting and its agenda, nothing more.
 */
@Component
public class ForumReadAccess {

    private final MemberDirectory directory;
    private final CurrentUser currentUser;

    public ForumReadAccess(MemberDirectory directory, CurrentUser currentUser) {
        this.directory = directory;
        this.currentUser = currentUser;
    }

    /** Members, secretariat and administrator read everything of the forum. */
    public boolean readsEverything(ForumCharter charter) {
        String user = currentUser.id();
        if (CurrentUser.SYSTEM.equals(user)) {
            return true;
        }
        List<String> groups = new ArrayList<>(charter.memberGroups());
        groups.add(charter.secretariatGroup());
        groups.add(Groups.CAMUNDA_ADMIN);
        return directory.isMemberOfAny(user, groups);
    }

    /** Whether the forum publishes its agendas, so that a sent agenda is public (F4). */
    public boolean publishesAgendas(ForumCharter charter) {
        return charter.agendaPublished();
    }

    public void requireEverything(ForumCharter charter) {
        if (!readsEverything(charter)) {
            throw new AuthorizationException(currentUser.id() + " er ikke medlem af " + charter.name()
                    + " og kan ikke læse forummets møder, dagsordener og referater.");
        }
    }
}
