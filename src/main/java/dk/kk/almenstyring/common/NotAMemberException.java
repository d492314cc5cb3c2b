package dk.kk.almenstyring.common;

/** Answers with 403 through the API. */
public class NotAMemberException extends RuntimeException {

    public NotAMemberException(String message) {
        super(message);
    }
}
