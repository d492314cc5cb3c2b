package dk.kk.almenstyring.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;

/**
 * Engine-rest and the webapps find their engine in Camunda's static registry by name ("default"), which holds the
 * engine of the Spring context started last. A test JVM starts several contexts on one in-memory database; a call over
 * HTTP must reach the engine of the test's own context, whose identity service holds the caller's authentication.
 */
final class RestEngine {

    private RestEngine() {
    }

    static void serveWith(ProcessEngine engine) {
        ProcessEngines.registerProcessEngine(engine);
    }
}
