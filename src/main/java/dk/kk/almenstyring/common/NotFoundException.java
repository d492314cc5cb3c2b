package dk.kk.almenstyring.common;

/** Something asked for by id does not exist: 404 through the API. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
