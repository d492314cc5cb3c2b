package dk.kk.almenstyring.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.common.JsonVariables;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

/** A8 for every level: the one reading of goals, success criteria and documents, and its rule for blank rows. */
class AgreementInputTest {

    @Test
    void aWhollyBlankRowIsSkippedAsTheFormsEmptyRow() {
        Object goals = JsonVariables.json(List.of(Map.of("goal", "Kortere venteliste", "successCriterion", "Under 2 år i 2030"),
                Map.of("goal", " ", "successCriterion", ""), Map.of()));
        assertThat(AgreementInput.goals(goals)).containsExactly(new AgreementVersion.Goal("Kortere venteliste", "Under 2 år i 2030"));
    }

    @Test
    void aGoalWithoutCriterionOrACriterionWithoutGoalIsRefusedInDanish() {
        assertThatThrownBy(() -> AgreementInput.goals(JsonVariables.json(List.of(Map.of("goal", "Tryghed", "successCriterion", " ")))))
                .isInstanceOf(BadUserRequestException.class).hasMessage("Målet 'Tryghed' mangler et succeskriterium, så det kan evalueres.");
        assertThatThrownBy(() -> AgreementInput.goals(JsonVariables.json(List.of(Map.of("goal", "Tryghed", "successCriterion", "Indeks op"),
                Map.of("successCriterion", "Færre fraflytninger")))))
                .isInstanceOf(BadUserRequestException.class).hasMessage("Mål nr. 2 mangler en beskrivelse af målet.");
    }

    @Test
    void anAgreementNeedsAtLeastOneGoal() {
        for (Object none : new Object[] {null, "[]", JsonVariables.json(List.of(Map.of("goal", "", "successCriterion", "")))}) {
            assertThatThrownBy(() -> AgreementInput.goals(none)).isInstanceOf(BadUserRequestException.class)
                    .hasMessageContaining("mindst ét mål med et succeskriterium");
        }
    }

    @Test
    void aDocumentNeedsNameAndReferenceAndABlankDocumentRowIsSkipped() {
        Object goals = JsonVariables.json(List.of(Map.of("goal", "Mål", "successCriterion", "Kriterium")));
        AgreementContent content = AgreementInput.content(" Udlejning ", goals, "Tekst", JsonVariables.json(List.of(
                Map.of("name", "Notat", "reference", "2027-1"), Map.of("name", "", "reference", ""))));
        assertThat(content.themes()).isEqualTo("Udlejning");
        assertThat(content.documents()).containsExactly(new AgreementVersion.Document("Notat", "2027-1"));
        assertThatThrownBy(() -> AgreementInput.content(null, goals, null, JsonVariables.json(List.of(Map.of("name", "Notat")))))
                .isInstanceOf(BadUserRequestException.class).hasMessage("Et vedhæftet dokument skal have både navn og reference.");
    }
}
