package dk.kk.almenstyring.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;

/**
 * Expressions ({@code ${…}}) in task queries run on the server with the engine's rights. Camunda refuses them at the
 * top of an ad-hoc query, but not inside its {@code orQueries}, nor in the query that extends a saved filter, nor
 * in a filter someone saves (Camunda 7 CE, unfixed). Here a person's query may hold none at all, and a saved filter only
 * the engine's harmless identity and date functions that Tasklist's filter dialog offers ({@code ${currentUser()}},
 * {@code ${currentUserGroups()}}, {@code ${now()}}, {@code ${dateTime().plusDays(1)}} …), checked when it is saved and
 * again whenever it is run.
 */
final class QueryExpressions {

    private static final Pattern HARMLESS = Pattern.compile("\\$\\{\\s*(currentUser\\(\\)|currentUserGroups\\(\\)|now\\(\\)"
            + "|dateTime\\(\\)(\\.(plus|minus)(Years|Months|Weeks|Days|Hours|Minutes|Seconds)\\(\\s*-?\\d{1,6}\\s*\\))*"
            + "(\\.toDate\\(\\))?)\\s*}");

    private QueryExpressions() {
    }

    /** Refuses the command if it runs or stores a query with an expression that is not allowed. */
    static void check(Command<?> command, CommandContext context) {
        if (command instanceof AbstractQuery<?, ?> query) {
            refuseAny(query);
        } else if (command instanceof AbstractExecuteFilterCmd execute) {
            Object extending = EngineFields.required(execute, "extendingQuery");
            if (extending instanceof AbstractQuery<?, ?> query) {
                refuseAny(query);
            }
            String filterId = EngineFields.required(execute, "filterId");
            FilterEntity stored = filterId == null ? null
                    : context.runWithoutAuthorization(() -> context.getFilterManager().findFilterById(filterId));
            if (stored != null) {
                refuseUnlessHarmless(stored);
            }
        } else if (command instanceof SaveFilterCmd save) {
            Filter filter = EngineFields.required(save, "filter");
            if (filter != null) {
                refuseUnlessHarmless(filter);
            }
        }
    }

    private static void refuseAny(AbstractQuery<?, ?> query) {
        Map<String, String> found = expressions(query);
        if (!found.isEmpty()) {
            throw new BadUserRequestException("Udtryk (${…}) er ikke tilladt i en søgning (her i "
                    + String.join(", ", new TreeSet<>(found.keySet())) + ").");
        }
    }

    private static void refuseUnlessHarmless(Filter filter) {
        if (!(filter.getQuery() instanceof AbstractQuery<?, ?> query)) {
            return;
        }
        List<String> refused = new ArrayList<>();
        expressions(query).forEach((field, expression) -> {
            if (!HARMLESS.matcher(expression).matches()) {
                refused.add(field);
            }
        });
        if (!refused.isEmpty()) {
            throw new BadUserRequestException("Filteret '" + filter.getName() + "' indeholder udtryk, der ikke er"
                    + " tilladt (i " + String.join(", ", new TreeSet<>(refused)) + "). Kun ${currentUser()},"
                    + " ${currentUserGroups()}, ${now()} og ${dateTime()…} kan bruges i et filter.");
        }
    }

    /** Field → expression of the query and of every one of its or-queries. */
    private static Map<String, String> expressions(AbstractQuery<?, ?> query) {
        Map<String, String> all = new java.util.LinkedHashMap<>(query.getExpressions());
        if (query instanceof TaskQueryImpl task && task.getQueries() != null) {
            for (TaskQueryImpl or : task.getQueries()) {
                if (or != task) {
                    or.getExpressions().forEach((field, expression) -> all.putIfAbsent("orQueries." + field, expression));
                }
            }
        }
        return all;
    }
}
