package dk.kk.almenstyring.evaluation;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The evaluation's own tables, emptied after each test that fills them (children first). */
final class EvaluationTestData {

    private static final List<String> TABLES = List.of("yearly_evaluation_goal", "yearly_evaluation",
            "evaluation_round_summary");

    private EvaluationTestData() {
    }

    static void clear(JdbcClient jdbc) {
        TABLES.forEach(table -> jdbc.sql("delete from " + table).update());
    }
}
