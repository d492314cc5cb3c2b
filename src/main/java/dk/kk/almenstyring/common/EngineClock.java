package dk.kk.almenstyring.common;

import java.time.Instant;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/** "Now" as the process engine sees it, so that tests that move the engine clock move everything. */
public final class EngineClock {

    private EngineClock() {
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
