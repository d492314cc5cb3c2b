package dk.kk.almenstyring.dialogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.agreement.Agreement;
import dk.kk.almenstyring.agreement.AgreementLevel;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.agreement.AgreementStatus;
import dk.kk.almenstyring.agreement.AgreementVersion;
import dk.kk.almenstyring.housing.HousingOrganisation;
import org.springframework.stereotype.Component;

/**
 * The goals a styringsdialog assesses (S2): those of the hovedaftale and the delaftaler in force, and of the
 * organisation's own enkeltaftaler in force, on the day of the meeting. "In force" is ACTIVE with the day inside the
 * agreement's period. From the top: the hovedaftale, the delaftaler, the enkeltaftaler.
 */
@Component
public class GoalsInForce {

    private final AgreementRegister agreements;

    public GoalsInForce(AgreementRegister agreements) {
        this.agreements = agreements;
    }

    /** One row per goal, as the report form lists them: agreement, goal, success criterion, and empty answers. */
    public List<Map<String, Object>> rows(HousingOrganisation organisation, LocalDate day) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Agreement> all = agreements.all().stream()
                .sorted(java.util.Comparator.comparing((Agreement a) -> a.level().ordinal()).thenComparing(Agreement::id))
                .toList();
        for (Agreement a : all) {
            if (!concerns(a, organisation) || !inForce(a, day)) {
                continue;
            }
            List<AgreementVersion.Goal> goals = agreements.versions(a.id()).stream()
                    .filter(v -> v.version() == a.currentVersion()).findFirst().map(AgreementVersion::goals)
                    .orElse(List.of());
            for (int i = 0; i < goals.size(); i++) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("agreementId", a.id());
                row.put("goalIndex", i + 1);
                row.put("agreementTitle", levelName(a.level()) + ": " + a.title());
                row.put("goal", goals.get(i).goal());
                row.put("successCriterion", goals.get(i).successCriterion());
                rows.add(row);
            }
        }
        return rows;
    }

    private static boolean concerns(Agreement a, HousingOrganisation organisation) {
        return a.level() != AgreementLevel.ENKELTAFTALE
                || (a.organisationId() != null && a.organisationId() == organisation.id());
    }

    private static boolean inForce(Agreement a, LocalDate day) {
        return a.status() == AgreementStatus.ACTIVE
                && (a.validFrom() == null || !day.isBefore(a.validFrom()))
                && (a.validTo() == null || !day.isAfter(a.validTo()));
    }

    private static String levelName(AgreementLevel level) {
        return switch (level) {
            case HOVEDAFTALE -> "Hovedaftale";
            case DELAFTALE -> "Delaftale";
            case ENKELTAFTALE -> "Enkeltaftale";
        };
    }
}
