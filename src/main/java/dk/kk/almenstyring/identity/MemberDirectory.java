package dk.kk.almenstyring.identity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.kk.almenstyring.common.AsSystem;
import dk.kk.almenstyring.forvaltning.Forvaltning;
import dk.kk.almenstyring.mail.Recipient;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Members and their addresses, read from the engine's user records (membership is data, not code). */
@Component
public class MemberDirectory {

    /** The group type that marks the seven forvaltninger (groups.yml). */
    public static final String FORVALTNING_GROUP_TYPE = "forvaltning";

    private final IdentityService identityService;
    private final AsSystem asSystem;

    public MemberDirectory(IdentityService identityService, AsSystem asSystem) {
        this.identityService = identityService;
        this.asSystem = asSystem;
    }

    /** Every user in any of the groups, once each, in a stable order; users without an address are left out. */
    public List<Recipient> inGroups(Collection<String> groupIds) {
        Map<String, Recipient> byId = new LinkedHashMap<>();
        for (String groupId : groupIds) {
            identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list()
                    .forEach(user -> toRecipient(user).ifPresentOrElse(r -> byId.putIfAbsent(r.userId(), r), () -> { }));
        }
        return List.copyOf(byId.values());
    }

    /** The named users that exist and have an address. */
    public List<Recipient> users(Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return identityService.createUserQuery().userIdIn(userIds.toArray(String[]::new)).orderByUserId().asc().list()
                .stream().flatMap(u -> toRecipient(u).stream()).toList();
    }

    /**
     * Membership is the product's own rule, so it is read as the product: the answer must not depend on which
     * users the caller happens to be allowed to read.
     */
    public boolean isMemberOfAny(String userId, Collection<String> groupIds) {
        return userId != null && asSystem.call(() -> groupIds.stream()
                .anyMatch(g -> identityService.createUserQuery().userId(userId).memberOfGroup(g).count() > 0));
    }

    /**
     * The code of the user's forvaltning (TMF, SOF, SUF, BIF, ØKF, BUF, KFF), read from the user's group of type
     * {@value #FORVALTNING_GROUP_TYPE}; empty for members outside the municipality (BL's 1. kreds, LLO) and unknown users.
     */
    public Optional<String> forvaltningOf(String userId) {
        if (userId == null) {
            return Optional.empty();
        }
        return identityService.createGroupQuery().groupMember(userId).groupType(FORVALTNING_GROUP_TYPE)
                .orderByGroupId().asc().list().stream()
                .findFirst()
                .map(group -> Forvaltning.codeOfGroup(group.getId()));
    }

    private static java.util.Optional<Recipient> toRecipient(User user) {
        if (user.getEmail() == null || user.getEmail().isBlank()) {
            return java.util.Optional.empty();
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return java.util.Optional.of(new Recipient(user.getId(), name.isEmpty() ? user.getId() : name, user.getEmail()));
    }
}
