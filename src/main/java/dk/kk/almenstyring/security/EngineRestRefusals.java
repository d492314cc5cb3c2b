package dk.kk.almenstyring.security;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the engine's REST API (/engine-rest and the webapps' /camunda/api/engine) answers a refusal. Engine-rest wraps
 * most engine exceptions in a 500 "Cannot instantiate process definition …: reason" and logs the stack trace, also when
 * the reason is a {@link BadUserRequestException} our delegates throw for a refused value. Here a refusal anywhere in
 * the cause chain answers 4xx with only its own (Danish) reason and logs one WARN line; anything else keeps Camunda's
 * answer (500, stack trace in the log).
 */
final class EngineRestRefusals {

    private static final Logger LOG = LoggerFactory.getLogger(EngineRestRefusals.class);

    private EngineRestRefusals() {
    }

    static Response toResponse(Throwable thrown, String request) {
        Throwable refusal = refusalIn(thrown);
        if (refusal == null) {
            return ExceptionHandlerHelper.getInstance().getResponse(thrown);
        }
        Status status = statusOf(thrown, refusal);
        String message = refusal.getMessage();
        LOG.warn("{} {}: {}", status.getStatusCode(), request, message);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", refusal.getClass().getSimpleName());
        body.put("message", message);
        return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The first refusal in the chain: a person's bad request or missing permission. */
    private static Throwable refusalIn(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BadUserRequestException || t instanceof AuthorizationException) {
                return t;
            }
        }
        return null;
    }

    private static Status statusOf(Throwable thrown, Throwable refusal) {
        if (thrown instanceof RestException rest && rest.getStatus() != null
                && rest.getStatus().getFamily() == Response.Status.Family.CLIENT_ERROR) {
            return rest.getStatus(); // engine-rest already chose a 4xx (e.g. 404 for an unknown definition)
        }
        if (refusal instanceof AuthorizationException) {
            return Status.FORBIDDEN;
        }
        return refusal instanceof NotFoundException ? Status.NOT_FOUND : Status.BAD_REQUEST;
    }
}
