package dk.kk.almenstyring.e2e;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * When a flow fails, keeps what the browser showed at that moment (before any clean-up runs): a PNG and the page's
 * HTML in {@code <build dir>/e2e-artifacts/}, named after the test.
 */
final class KeepEvidenceOnFailure implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    static Path artifacts() {
        try {
            // <build dir>/test-classes is where this class was loaded from
            Path testClasses = Path.of(KeepEvidenceOnFailure.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return testClasses.getParent().resolve("e2e-artifacts");
        } catch (URISyntaxException e) {
            return Path.of("target", "e2e-artifacts");
        }
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        keep(context);
        throw failure;
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        keep(context);
        throw failure;
    }

    private static void keep(ExtensionContext context) {
        Object instance = context.getTestInstance().orElse(null);
        if (instance instanceof EndToEndFlow flow && flow.browser != null) {
            String name = context.getRequiredTestClass().getSimpleName()
                    + context.getTestMethod().map(m -> "-" + m.getName()).orElse("");
            Path dir = artifacts();
            flow.browser.keepEvidence(dir, name);
            System.err.println("e2e: the browser's page at the failure is in " + dir.resolve(name + ".png"));
        }
    }
}
