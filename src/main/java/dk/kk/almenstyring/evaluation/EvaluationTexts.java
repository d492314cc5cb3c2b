package dk.kk.almenstyring.evaluation;

import java.util.stream.Collectors;

/** The evaluation as the forums read it on their agendas and as it is published. */
final class EvaluationTexts {

    /** An agenda item's description holds 4000 characters; the full text stays with the round and the evaluation. */
    static final int DESCRIPTION_LIMIT = 4000;

    private EvaluationTexts() {
    }

    static String cut(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }

    static String goals(YearlyEvaluation evaluation) {
        return evaluation.goals().stream()
                .map(g -> g.position() + ". " + g.goal() + " (succeskriterium: " + g.successCriterion() + "): "
                        + g.status().danish() + ". " + g.comment())
                .collect(Collectors.joining("\n"));
    }

    /** The agenda item's description: the conclusion and each goal's status. */
    static String agendaDescription(YearlyEvaluation evaluation, String hovedaftale) {
        String goals = goals(evaluation);
        return cut(hovedaftale + "\n\n" + evaluation.conclusion() + (goals.isEmpty() ? "" : "\n\nMålene:\n" + goals),
                DESCRIPTION_LIMIT);
    }

    /** What is published on the city's website (S5): the whole evaluation with the reports it builds on. */
    static String publication(YearlyEvaluation evaluation, String hovedaftale, String reports) {
        String goals = goals(evaluation);
        return "# Årlig evaluering " + evaluation.year() + "\n\n" + hovedaftale + "\n\n## Samlet vurdering\n\n"
                + evaluation.conclusion()
                + (goals.isEmpty() ? "" : "\n\n## Hovedaftalens mål og succeskriterier\n\n" + goals)
                + "\n\n## Styringsdialogerne\n\n" + reports;
    }
}
