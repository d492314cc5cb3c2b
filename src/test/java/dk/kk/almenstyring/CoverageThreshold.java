package dk.kk.almenstyring;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Every process test class must cover at least 90 % of the flow nodes and sequence flows of the models it tests.
 * A class that runs other models only as a means (a meeting that carries an agreement, say) names them in
 * {@code almen.coverage.exclude}: their own test classes cover them.
 *
 * <p>{@code @Primary}: the coverage configuration declares a default bean of the same type, and the listener looks
 * the properties up by type; without it the lookup is ambiguous and the listener silently falls back to no threshold.
 */
@TestConfiguration
public class CoverageThreshold {

    @Bean
    @Primary
    public ProcessEngineCoverageProperties processEngineCoverageProperties(
            @Value("${almen.coverage.exclude:}") String[] exclude) {
        return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(0.9)
                .excludeProcessDefinitionKeys(exclude).build();
    }
}
