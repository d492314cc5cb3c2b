package dk.kk.almenstyring.security;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Answers in Danish when completing a task fails because someone else came first, so that Tasklist shows what
 * happened and what to do instead of the engine's "Cannot find task with id" or "An exception occurred in the
 * persistence layer". It sits outside the transaction (the first of the engine's command chain): a collision
 * surfaces only when the engine writes, after the command has run.
 */
final class TaskCompletionRefusals extends CommandInterceptor {

    /** Two people opened the same group task; the second pressed Fuldfør after the first. */
    static final String TASK_GONE = "Opgaven findes ikke længere: en anden har løst den, eller den er lukket. Det du skrev"
            + " i formularen, er ikke gemt. Find opgaven i listen igen, hvis der er kommet en ny.";

    /**
     * The task's process moved in the same moment (a reminder's timer, a colleague): the engine refuses the later of
     * the two writes. Nothing of the person's was saved, and pressing again works.
     */
    static final String TASK_CHANGED = "Opgaven blev ændret i samme øjeblik, som du sendte formularen (fx af en påmindelse"
            + " eller en kollega). Intet er gemt. Tryk Fuldfør igen.";

    @Override
    public <T> T execute(Command<T> command) {
        // a command run inside another (by a delegate) finds the outer one's context open: only a caller's own counts
        boolean callersOwn = Context.getCommandContext() == null;
        try {
            return next.execute(command);
        } catch (ProcessEngineException failed) {
            if (!callersOwn || !(command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd)) {
                throw failed;
            }
            if (failed.getMessage() != null && failed.getMessage().contains("Cannot find task with id")) {
                throw new NotFoundException(TASK_GONE, failed);
            }
            if (collided(failed)) {
                throw new BadUserRequestException(TASK_CHANGED, failed);
            }
            throw failed;
        }
    }

    /** The engine's optimistic lock, or the database's lock wait given up, anywhere in the failure's causes. */
    private static boolean collided(Throwable failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockingException || cause instanceof SQLTimeoutException) {
                return true;
            }
            // a batch's refusal carries the statement's own in its chain of next exceptions
            for (SQLException next = cause instanceof SQLException sql ? sql.getNextException() : null; next != null;
                    next = next.getNextException()) {
                if (next instanceof SQLTimeoutException) {
                    return true;
                }
            }
        }
        return false;
    }
}
