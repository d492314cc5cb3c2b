package dk.kk.almenstyring.evaluation;

/** The yearly evaluation model (S5) in one place: its key, element ids and variable names, used by code and tests. */
public final class YearlyEvaluationProcess {

    public static final String PROCESS_KEY = "aarlig-evaluering";

    private YearlyEvaluationProcess() {
    }

    /** What the evaluation's tasks are about, appended to their names: "Årlig evaluering 2027". */
    public static String taskSubject(int year) {
        return "Årlig evaluering " + year;
    }

    /** Element ids of processes/yearly-evaluation.bpmn. */
    public static final class Element {
        public static final String START = "StartEvent_EvaluationRequested";
        public static final String PREPARE = "Task_PrepareEvaluation";
        public static final String COMPILE = "Task_CompileEvaluation";
        public static final String RECORD = "Task_RecordEvaluation";
        public static final String PUT_ON_AGENDAS = "Task_PutEvaluationOnAgendas";
        public static final String PUBLISH = "Task_RecordPublication";
        public static final String END = "EndEvent_EvaluationPublished";

        private Element() {
        }
    }

    /** Process variables. */
    public static final class Var {
        // start form (start-yearly-evaluation), or the round-closed event
        public static final String YEAR = "evaluationYear";
        // set when prepared
        public static final String EVALUATION_ID = "evaluationId";
        public static final String HOVEDAFTALE_TEXT = "hovedaftaleText";
        public static final String REPORTS_TEXT = "reportsText";
        // compile-yearly-evaluation form
        public static final String CONCLUSION = "conclusion";
        /** One line per goal of the hovedaftale: position, goal, successCriterion (read-only), status, comment. */
        public static final String GOALS = "goalStatuses";

        private Var() {
        }
    }
}
