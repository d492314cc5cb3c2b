package dk.kk.almenstyring.ops;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.kk.almenstyring.charter.ForumCharter;
import dk.kk.almenstyring.charter.ForumCharters;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up: does every chair, secretariat group and member group that {@code forums.yml} names exist in the
 * engine's users and groups? What is missing is named in one WARN line, because a missing group means members get
 * no mail and no tasks, and a missing chair means escalations go to the secretariat instead
 * ({@link EscalationRecipients}).
 */
@Component
public class CharterDirectoryCheck {

    private static final Logger LOG = LoggerFactory.getLogger(CharterDirectoryCheck.class);

    private final ForumCharters charters;
    private final IdentityService identity;

    public CharterDirectoryCheck(ForumCharters charters, IdentityService identity) {
        this.charters = charters;
        this.identity = identity;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void check() {
        List<String> missing = missing();
        if (missing.isEmpty()) {
            LOG.info("Forum charters: every chair, secretariat group and member group in forums.yml exists");
        } else {
            LOG.warn("Forum charters name users or groups that do not exist: {}. Create them in Camunda Admin or"
                    + " correct src/main/resources/forums.yml; escalations go to the secretariat while a chair is"
                    + " missing", String.join("; ", missing));
        }
    }

    /** What is missing, e.g. "chair 'overborgmester' (BMF, PSF)", each once with the forums that name it. */
    public List<String> missing() {
        Map<String, Set<String>> chairs = new LinkedHashMap<>();
        Map<String, Set<String>> secretariats = new LinkedHashMap<>();
        Map<String, Set<String>> memberGroups = new LinkedHashMap<>();
        for (ForumCharter charter : charters.all().stream().sorted(Comparator.comparing(ForumCharter::key)).toList()) {
            charter.chairs().forEach(id -> chairs.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(charter.key()));
            secretariats.computeIfAbsent(charter.secretariatGroup(), k -> new LinkedHashSet<>()).add(charter.key());
            charter.memberGroups().forEach(id -> memberGroups.computeIfAbsent(id, k -> new LinkedHashSet<>())
                    .add(charter.key()));
        }
        List<String> missing = new ArrayList<>();
        chairs.forEach((id, forums) -> {
            if (identity.createUserQuery().userId(id).count() == 0) {
                missing.add("chair '" + id + "' " + forums);
            }
        });
        secretariats.forEach((id, forums) -> {
            if (identity.createGroupQuery().groupId(id).count() == 0) {
                missing.add("secretariat group '" + id + "' " + forums);
            }
        });
        memberGroups.forEach((id, forums) -> {
            if (identity.createGroupQuery().groupId(id).count() == 0) {
                missing.add("member group '" + id + "' " + forums);
            }
        });
        return missing;
    }
}
