package dk.kk.almenstyring;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.TestExecutionListener;

/**
 * Every process test class must cover at least 90 % of the flow nodes and sequence flows of the models it tests.
 * A class that runs other models only as a means names them with {@link CoverageExcludes}: their own test classes
 * cover them.
 *
 * <p>The exclusions are one list that this listener fills from the annotation before the coverage listener starts
 * the class's suite (it runs first), so all process test classes share one Spring context instead of one context per
 * set of exclusions.
 *
 * <p>{@code @Primary}: the coverage configuration declares a default bean of the same type, and the listener looks
 * the properties up by type; without it the lookup is ambiguous and the listener silently falls back to no threshold.
 */
@TestConfiguration
public class CoverageThreshold implements TestExecutionListener, Ordered {

    private static final List<String> EXCLUDED = new CopyOnWriteArrayList<>();

    @Bean
    @Primary
    public ProcessEngineCoverageProperties processEngineCoverageProperties() {
        ProcessEngineCoverageProperties defaults = ProcessEngineCoverageProperties.builder()
                .assertClassCoverageAtLeast(0.9).build();
        return new ProcessEngineCoverageProperties(defaults.getDetailedCoverageLogging(),
                defaults.getHandleTestMethodCoverage(), EXCLUDED, defaults.getClassCoverageAssertionConditions(),
                defaults.getTestMethodCoverageConditions(), defaults.getInclusionPatternsForTestClasses(),
                defaults.getReportDirectory());
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        CoverageExcludes excludes = TestContextAnnotationUtils.findMergedAnnotation(testContext.getTestClass(),
                CoverageExcludes.class);
        EXCLUDED.clear();
        if (excludes != null) {
            EXCLUDED.addAll(List.of(excludes.value()));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
