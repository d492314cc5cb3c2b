package dk.kk.almenstyring.e2e;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * With {@code -De2e.gallery=true}, every form the suite fills is kept as a screenshot just before *Fuldfør* or
 * *Start* is pressed, numbered in the order of the flows, in {@code <build dir>/e2e-artifacts/gallery/}: pictures
 * of the product in use, for the README's walkthrough.
 */
final class Gallery {

    private static final boolean ON = Boolean.getBoolean("e2e.gallery");
    private static final AtomicInteger COUNT = new AtomicInteger();

    private Gallery() {
    }

    static void keep(Browser browser, String title) {
        if (ON) {
            String name = "%03d-%s".formatted(COUNT.incrementAndGet(), title.replaceAll("[^\\p{L}\\p{N}]+", "-"));
            browser.keepEvidence(KeepEvidenceOnFailure.artifacts().resolve("gallery"), name);
        }
    }
}
