package dk.kk.almenstyring.security;

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
 * <li>{@link FormWriteCheck}: everyone but the administrator writes process data only through forms.</li>
 * </ul>
 */
final class EngineGuard extends CommandInterceptor {

    private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

    private final FormWriteCheck formWrites = new FormWriteCheck();

    @Override
    public <T> T execute(Command<T> command) {
        int depth = DEPTH.get();
        DEPTH.set(depth + 1);
        try {
            if (depth == 0) {
                check(command, Context.getCommandContext());
            }
            return next.execute(command);
        } finally {
            if (depth == 0) {
                DEPTH.remove();
            } else {
                DEPTH.set(depth);
            }
        }
    }

    private void check(Command<?> command, CommandContext context) {
        Authentication person = context.getAuthentication();
        if (person == null || person.getUserId() == null) {
            return;
        }
        QueryExpressions.check(command, context);
        if (!context.getAuthorizationManager().isCamundaAdmin(person)) {
            VariableWrites.of(command).ifPresent(write -> formWrites.check(write, context));
        }
    }
}
