package dk.kk.almenstyring.bench;

/** Something the simulated governance must never meet: the run stops and the runner exits non-zero. */
final class BenchFailure extends RuntimeException {

    BenchFailure(String message) {
        super(message);
    }

    BenchFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
