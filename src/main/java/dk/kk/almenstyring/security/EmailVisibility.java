package dk.kk.almenstyring.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dk.kk.almenstyring.charter.ForumCharter;
import dk.kk.almenstyring.charter.ForumCharters;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.dto.identity.UserProfileDto;
import org.springframework.stereotype.Component;

/**
 * A member sees other users' names (Tasklist shows who has a task) but not their e-mail addresses: only the
 * administrator and the forums' secretariat, who run the mailings, do. Applied to the user resources of /engine-rest
 * and of the webapps' /camunda/api/engine alike (a JAX-RS filter in every Jersey application, see
 * {@link EngineRestExtensions}); a search by e-mail address, which would reveal it, is refused.
 */
@Priority(Priorities.USER)
public class EmailVisibility implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Pattern USER_SEARCH = Pattern.compile("(^|/)user(/count)?/?$");

    /** The groups that see e-mail addresses, from the forum charters; set when the application starts. */
    private static volatile Set<String> readers = Set.of(Groups.CAMUNDA_ADMIN);

    @Override
    public void filter(ContainerRequestContext request) {
        Map<String, List<String>> query = request.getUriInfo().getQueryParameters();
        if (USER_SEARCH.matcher(request.getUriInfo().getPath()).find()
                && (query.containsKey("email") || query.containsKey("emailLike")) && !mayReadEmails()) {
            request.abortWith(Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("type", "AuthorizationException",
                            "message", "Kun administratoren og sekretariatet kan søge på e-mailadresser."))
                    .build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object entity = response.getEntity();
        boolean users = entity instanceof UserProfileDto
                || entity instanceof Collection<?> list && list.stream().anyMatch(UserProfileDto.class::isInstance);
        if (!users || mayReadEmails()) {
            return;
        }
        if (entity instanceof UserProfileDto profile) {
            profile.setEmail(null);
        } else {
            ((Collection<?>) entity).stream().filter(UserProfileDto.class::isInstance)
                    .forEach(profile -> ((UserProfileDto) profile).setEmail(null));
        }
    }

    private static boolean mayReadEmails() {
        ProcessEngine engine = ProcessEngines.getDefaultProcessEngine(false);
        Authentication caller = engine == null ? null : engine.getIdentityService().getCurrentAuthentication();
        return caller != null && caller.getGroupIds() != null
                && caller.getGroupIds().stream().anyMatch(readers::contains);
    }

    /** Reads the secretariat groups from the charters when the application starts. */
    @Component
    static class Readers {

        Readers(ForumCharters charters) {
            Set<String> groups = new java.util.LinkedHashSet<>(List.of(Groups.CAMUNDA_ADMIN));
            charters.all().stream().map(ForumCharter::secretariatGroup).forEach(groups::add);
            readers = Set.copyOf(groups);
        }
    }
}
