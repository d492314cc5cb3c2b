package dk.kk.almenstyring.api;

import java.util.Map;

import dk.kk.almenstyring.common.NotAMemberException;
import dk.kk.almenstyring.common.NotFoundException;
import dk.kk.almenstyring.meeting.MeetingNotFoundException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the product's API as a status and a Danish reason the caller can show. */
@RestControllerAdvice(assignableTypes = {MeetingApi.class, AgreementApi.class})
public class ApiErrors {

    @ExceptionHandler(BadUserRequestException.class)
    ResponseEntity<Map<String, String>> badRequest(BadUserRequestException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        return error(HttpStatus.BAD_REQUEST, "Forespørgslen kunne ikke læses som JSON.");
    }

    @ExceptionHandler({MeetingNotFoundException.class, NotFoundException.class})
    ResponseEntity<Map<String, String>> notFound(RuntimeException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler({NotAMemberException.class, AuthorizationException.class})
    ResponseEntity<Map<String, String>> forbidden(RuntimeException e) {
        return error(HttpStatus.FORBIDDEN, e.getMessage());
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("status", String.valueOf(status.value()), "message", message));
    }
}
