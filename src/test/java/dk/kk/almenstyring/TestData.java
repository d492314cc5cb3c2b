package dk.kk.almenstyring;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The tests share one database: what a test recorded in the product's own tables is removed after it. */
public final class TestData {

    /** Children before parents; an agreement's references to other agreements go in the same statement. */
    private static final List<String> TABLES = List.of("yearly_evaluation_goal", "yearly_evaluation",
            "evaluation_round_summary", "supervision_reason", "supervision_estate", "supervision_year",
            "area_dialogue_participant", "area_dialogue", "attendance", "minutes_comment", "minutes_version", "agenda_item",
            "agenda_proposal", "meeting_change", "accession", "agreement_approval", "agreement_status_history",
            "agreement_version", "agenda_request", "dialogue_enkeltaftale", "dialogue_goal_assessment",
            "dialogue_contribution", "dialogue", "dialogue_round", "agreement", "annual_plan_meeting", "annual_plan", "meeting");

    private TestData() {
    }

    /**
     * Ends every running instance (a meeting left running would fire its timers in the next test's time) and clears
     * the tables (a deferred proposal would reach the next test's meeting of the same forum).
     */
    public static void endAll(RuntimeService runtimeService, JdbcClient jdbc) {
        runtimeService.createProcessInstanceQuery().list().forEach(pi ->
                runtimeService.deleteProcessInstanceIfExists(pi.getId(), "test finished", true, true, true, true));
        clear(jdbc);
    }

    public static void clear(JdbcClient jdbc) {
        TABLES.forEach(table -> jdbc.sql("delete from " + table).update());
    }
}
