package dk.kk.almenstyring.housing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Issue #8: the packages {enkeltaftale, housing, security} formed a cycle (security grants enkeltaftale's process,
 * enkeltaftale reads the housing register, housing granted its groups through security). The register of housing
 * organisations is a leaf again: it names no package that builds on it, and its HTTP API lives in api/.
 */
class HousingDependenciesTest {

    static final Path HOUSING = Path.of("src/main/java/dk/kk/almenstyring/housing");

    @Test
    void theHousingRegisterDependsOnNeitherSecurityNorTheAgreementsNorTheApi() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(HOUSING)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                for (String other : List.of("security", "enkeltaftale", "agreement", "api", "dialogue")) {
                    if (source.contains("dk.kk.almenstyring." + other + ".")) {
                        found.add(file.getFileName() + " → " + other);
                    }
                }
                if (source.contains("@RestController")) {
                    found.add(file.getFileName() + " is a controller (belongs in api/)");
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
