package dk.kk.almenstyring;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Every process test class must cover at least 90 % of the flow nodes and sequence flows of the models it runs. */
@TestConfiguration
public class CoverageThreshold {

    @Bean
    public ProcessEngineCoverageProperties processEngineCoverageProperties() {
        return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(0.9).build();
    }
}
