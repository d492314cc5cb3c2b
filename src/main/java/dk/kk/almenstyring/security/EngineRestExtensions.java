package dk.kk.almenstyring.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Puts {@link EngineRestRefusals} in front of Camunda's own exception mappers, and {@link EmailVisibility} on the user
 * resources, in every Jersey application of this process: /engine-rest (the REST starter) and the webapps' /camunda/api/engine alike. Jersey picks, among mappers
 * of the same exception type, the one with the lower priority value; Camunda's have the default
 * ({@link Priorities#USER}). Registered through {@code META-INF/services}, which Jersey reads for every application.
 */
public final class EngineRestExtensions implements ForcedAutoDiscoverable {

    static final int BEFORE_CAMUNDA = Priorities.USER - 100;

    @Override
    public void configure(FeatureContext context) {
        if (!context.getConfiguration().isRegistered(WrappedRefusal.class)) {
            context.register(WrappedRefusal.class, BEFORE_CAMUNDA);
            context.register(EngineRefusal.class, BEFORE_CAMUNDA);
            context.register(EmailVisibility.class);
        }
    }

    /** Engine-rest's own wrapper, e.g. the 500 "Cannot instantiate process definition …" around a refusal. */
    @Priority(BEFORE_CAMUNDA)
    public static class WrappedRefusal extends RefusalMapper<RestException> {
    }

    /** An engine exception that reached the REST layer unwrapped, possibly with a refusal as its cause. */
    @Priority(BEFORE_CAMUNDA)
    public static class EngineRefusal extends RefusalMapper<ProcessEngineException> {
    }

    abstract static class RefusalMapper<E extends Throwable> implements ExceptionMapper<E> {

        @Context
        private UriInfo uri;
        @Context
        private Request request;

        @Override
        public Response toResponse(E exception) {
            return EngineRestRefusals.toResponse(exception, describe());
        }

        private String describe() {
            try {
                return request.getMethod() + " " + uri.getRequestUri().getPath();
            } catch (RuntimeException outsideARequest) {
                return "REST";
            }
        }
    }
}
