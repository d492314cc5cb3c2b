package dk.kk.almenstyring.security;

import java.util.List;
import java.util.Optional;

import dk.kk.almenstyring.security.VariableWrites.Write;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Sits in the engine's command chain, right after the command context is opened, so it sees every call of every
 * surface alike: /engine-rest, the webapps' API (Tasklist, Cockpit), our /api and Java code. It looks only at the
 * command a caller issued, not at the commands the engine and our delegates run inside it, and only when a person is
 * authenticated: the engine itself (jobs, timers, delegates) and the product acting as system are not restricted.
 * <ul>
 * <li>{@link QueryExpressions}: no expressions in anyone's queries.</li>
 * <li>{@link FormWriteCheck}: everyone but the administrator writes process data only through forms, and everyone
 * within the form's length limits.</li>
 * </ul>
 */
final class EngineGuard extends CommandInterceptor {

    /** The engine's refusal of a Java-serialized variable (kept off: deserializing it is a known way to run code). */
    private static final String JAVA_SERIALIZATION_PROHIBITED = "ENGINE-17007";

    private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

    private final FormWriteCheck formWrites = new FormWriteCheck();

    @Override
    public <T> T execute(Command<T> command) {
        int depth = DEPTH.get();
        DEPTH.set(depth + 1);
        try {
            List<String> missing = depth == 0 ? check(command, Context.getCommandContext()) : List.of();
            try {
                return next.execute(command);
            } catch (ProcessEngineException failed) {
                throw explained(failed, missing);
            }
        } finally {
            if (depth == 0) {
                DEPTH.remove();
            } else {
                DEPTH.set(depth);
            }
        }
    }

    /** Refuses what is not allowed; returns the required start form fields that were not sent. */
    private List<String> check(Command<?> command, CommandContext context) {
        Authentication person = context.getAuthentication();
        if (person == null || person.getUserId() == null) {
            return List.of();
        }
        QueryExpressions.check(command, context);
        Optional<Write> write = VariableWrites.of(command);
        if (write.isEmpty()) {
            return List.of();
        }
        if (!context.getAuthorizationManager().isCamundaAdmin(person)) {
            formWrites.checkFields(write.get(), context);
        }
        return formWrites.checkLimits(write.get(), context);
    }

    /**
     * A start without a field its form requires may fail deep in the process (an expression on a missing variable)
     * before any check of the process says what is wrong. The process's own refusals stand as they are; such a
     * failure is answered by naming the missing fields.
     */
    private static ProcessEngineException explained(ProcessEngineException failed, List<String> missing) {
        if (failed.getMessage() != null && failed.getMessage().contains(JAVA_SERIALIZATION_PROHIBITED)) {
            return new BadUserRequestException("Java-serialiserede objekter kan ikke gemmes som procesdata.", failed);
        }
        if (missing.isEmpty() || failed instanceof BadUserRequestException || failed instanceof AuthorizationException) {
            return failed;
        }
        return new BadUserRequestException((missing.size() == 1 ? "Feltet " : "Felterne ") + "'"
                + String.join("', '", missing) + "' skal udfyldes.", failed);
    }
}
