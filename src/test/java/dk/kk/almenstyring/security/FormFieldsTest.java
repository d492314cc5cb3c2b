package dk.kk.almenstyring.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

/** What a deployed Camunda Form lets a person write, read from the form JSON as form-js builds its submit data. */
class FormFieldsTest {

    @Test
    void topLevelKeysAndListPathsAreTheFormsVariablesAndReadOnlyFieldsAreShownOnly() throws IOException {
        FormFields minutes = read("record-minutes");
        FormFields comment = read("submit-comment");

        assertThat(minutes.names()).contains("attendance", "decisions", "minutesText")
                .doesNotContain("decision", "outcome", "itemId");
        assertThat(comment.isWritable("commentText")).isTrue();
        assertThat(comment.declares("minutesText")).isTrue();
        assertThat(comment.isWritable("minutesText")).as("the minutes are shown, not edited, in a comment").isFalse();
    }

    @Test
    void theFormsLengthLimitsHoldAtTopLevelAndInsideALists() throws IOException {
        FormFields draft = read("draft-hovedaftale");
        String tooLongGoal = "[{\"goal\":\"" + "x".repeat(501) + "\",\"successCriterion\":\"ok\"}]";

        assertThatThrownBy(() -> FormLimits.check(draft, Map.of("themes", Variables.stringValue("x".repeat(2001)))))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("højst 2000 tegn");
        assertThatThrownBy(() -> FormLimits.check(draft, Map.of("goals", SpinValues.jsonValue(tooLongGoal).create())))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("højst 500 tegn");
        assertThatThrownBy(() -> FormLimits.check(draft, Map.of("goals", tooLongGoal)))
                .isInstanceOf(BadUserRequestException.class);
        FormLimits.check(draft, Map.of("themes", "Klima", "goals", "[{\"goal\":\"Færre fraflytninger\"}]"));
    }

    private static FormFields read(String form) throws IOException {
        try (InputStream json = Files.newInputStream(Path.of("forms", form + ".form"))) {
            return FormFields.parse(json);
        }
    }
}
