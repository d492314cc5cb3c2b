package dk.kk.almenstyring.bench;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.calendar.WorkingDays;
import dk.kk.almenstyring.common.JsonVariables;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.ApplicationContext;

/**
 * What happens in the simulated years, and when: the plan {@link GovernanceSimulation} runs. The årshjul plans and
 * calls the meetings of every forum; TMF holds its area dialogues; and a
 * hovedaftale drafted in the first January for a period from 1 July (Borgmesterforum in March, Partnerskabsforum in
 * May), which then has its accession round, its yearly evaluations and, 12 months before its end, its successor; a
 * delaftale in the first autumn; and two enkeltaftaler a year under it from the second year.
 */
final class GovernanceScenario {

    static final String SECRETARIAT = "sekretaer";
    private static final List<String> ORGANISATIONS = List.of("KAB", "AAB", "FSB", "VIBO", "DAB", "FA09");
    private static final List<List<String>> AREAS = List.of(List.of("Nørrebro", "Valby"), List.of("Bispebjerg", "Amager Vest"));
    private static final List<String> FORVALTNINGER = List.of("SOF", "TMF", "BUF", "BIF", "KFF", "SUF");

    private final GovernanceSimulation simulation;
    private final ProcessEngine engine;
    private final WorkingDays workingDays;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final int firstYear;
    private final int years;
    private int enkeltaftaler;

    GovernanceScenario(GovernanceSimulation simulation, ApplicationContext context, int firstYear, int years) {
        this.simulation = simulation;
        this.engine = context.getBean(ProcessEngine.class);
        this.workingDays = context.getBean(WorkingDays.class);
        this.jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(context.getBean("dataSource", javax.sql.DataSource.class));
        this.firstYear = firstYear;
        this.years = years;
    }

    /** The first day: early enough to approve the first year's wheel with Partnerskabsforum's four months' notice. */
    LocalDate firstDay() {
        return LocalDate.of(firstYear - 1, 12, 1);
    }

    /**
     * The secretariat proposes the first year's årshjul by hand; the later years' are proposed by the wheel itself
     * every 1 October. Each approved plan calls its meetings in time.
     */
    void planWheel() {
        simulation.plan(firstDay(), "årshjul " + firstYear, () -> simulation.start(SECRETARIAT, "aarshjul",
                Map.of("planYear", String.valueOf(firstYear))));
    }

    /** Every spring TMF holds area-based dialogue meetings (S3) in two areas, different ones every other year. */
    void planAreaDialogues() {
        for (int year = firstYear; year < firstYear + years; year++) {
            List<String> areas = AREAS.get((year - firstYear) % AREAS.size());
            long dialogueYear = year;
            simulation.plan(firstWorkingDay(year, 2, 1), "områdedialog " + year, () -> simulation.start(SECRETARIAT,
                    "omraadedialog", Map.of("year", dialogueYear, "area1", areas.get(0), "area2", areas.get(1))));
        }
    }

    /**
     * The yearly evaluation (S5) onto the next BMF and PSF agendas: the product starts it when the year's
     * styringsdialog round closes; a year whose evaluation has not started by 10 January is started by the secretariat.
     */
    void planEvaluations() {
        for (int year = firstYear; year < firstYear + years; year++) {
            int evaluationYear = year;
            simulation.plan(firstWorkingDay(year + 1, 1, 10), "årlig evaluering " + year, () -> {
                if (engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("aarlig-evaluering")
                        .processInstanceBusinessKey("aarlig-evaluering-" + evaluationYear).count() == 0) {
                    simulation.start(SECRETARIAT, "aarlig-evaluering", Map.of("evaluationYear", evaluationYear));
                }
            });
        }
    }

    void planAgreements() {
        simulation.plan(firstWorkingDay(firstYear, 1, 4), "hovedaftale", () -> simulation.start(SECRETARIAT, "hovedaftale",
                Map.of("agreementTitle", "Hovedaftale " + firstYear + "–" + (firstYear + 4), "validFrom", firstYear + "-07-01")));
        simulation.plan(firstWorkingDay(firstYear, 8, 2), "delaftale", () -> simulation.start(SECRETARIAT, "delaftale",
                Map.of("agreementTitle", "Delaftale om udlejning og boligsocial anvisning", "theme", "udlejning",
                        "goals", JsonVariables.json(List.of(SimulatedPeople.goal("Kortere venteliste",
                                "Ventelisten er under 200 husstande"))),
                        "agreementBody", "Parterne er enige om følgende.")));
        for (int year = firstYear + 1; year < firstYear + years; year++) {
            for (int month : List.of(2, 9)) {
                simulation.plan(firstWorkingDay(year, month, 1), "enkeltaftale", this::startEnkeltaftale);
            }
        }
    }

    /**
     * Between a forvaltning and a housing organisation, under the delaftale in force (or, once it has ended with its
     * hovedaftale, under the hovedaftale in force), follow-up in three months.
     */
    private void startEnkeltaftale() {
        List<Long> parent = jdbc.sql("select id from agreement where status = 'ACTIVE' and level in ('DELAFTALE', "
                + "'HOVEDAFTALE') order by case level when 'DELAFTALE' then 0 else 1 end, id desc").query(Long.class).list();
        if (parent.isEmpty()) {
            throw new BenchFailure("no delaftale or hovedaftale in force to start an enkeltaftale under");
        }
        int n = enkeltaftaler++;
        String organisation = ORGANISATIONS.get(n % ORGANISATIONS.size());
        Map<String, Object> vars = new HashMap<>();
        vars.put("agreementTitle", "Enkeltaftale " + (n + 1) + " om tryghed hos " + organisation);
        vars.put("forvaltning", FORVALTNINGER.get(n % FORVALTNINGER.size()));
        vars.put("organisationCode", organisation);
        vars.put("parentAgreementId", parent.get(0));
        vars.put("goals", JsonVariables.json(List.of(SimulatedPeople.goal("Færre fraflytninger", "Fraflytningen falder med 10 procent"))));
        vars.put("agreementBody", "Parterne samarbejder om tryghed.");
        vars.put("followUpDate", SimulatedPeople.today().plusMonths(3).toString());
        simulation.start(SECRETARIAT, "enkeltaftale", vars);
    }

    private LocalDate firstWorkingDay(int year, int month, int day) {
        LocalDate date = LocalDate.of(year, month, day);
        while (!workingDays.isWorkingDay(date)) {
            date = date.plusDays(1);
        }
        return date;
    }
}
