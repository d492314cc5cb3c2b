package dk.kk.almenstyring.meeting;

/** Answers with 404 through the API. */
public class MeetingNotFoundException extends RuntimeException {

    public MeetingNotFoundException(long id) {
        super("Mødet med nummer " + id + " findes ikke.");
    }
}
