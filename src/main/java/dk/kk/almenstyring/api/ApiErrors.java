package dk.kk.almenstyring.api;

import java.util.Map;

import dk.kk.almenstyring.common.NotAMemberException;
import dk.kk.almenstyring.common.NotFoundException;
import dk.kk.almenstyring.meeting.MeetingNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors of the product's API as a status and a Danish reason the caller can show. A refusal (4xx) logs one WARN
 * line; only an unexpected failure (500) logs its stack trace, and its answer says no more than that it happened.
 */
@RestControllerAdvice
public class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(BadUserRequestException.class)
    ResponseEntity<Map<String, String>> badRequest(BadUserRequestException e, HttpServletRequest request) {
        return refusal(HttpStatus.BAD_REQUEST, e.getMessage(), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return refusal(HttpStatus.BAD_REQUEST, "Forespørgslen kunne ikke læses: send et JSON-objekt med felter af"
                + " den rigtige type (tekst i anførselstegn).", request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, String>> wrongType(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return refusal(HttpStatus.BAD_REQUEST, "'" + e.getValue() + "' er ikke en gyldig værdi for " + e.getName() + ".",
                request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, String>> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return refusal(HttpStatus.BAD_REQUEST, "Parameteren " + e.getParameterName() + " mangler.", request);
    }

    @ExceptionHandler({MeetingNotFoundException.class, NotFoundException.class})
    ResponseEntity<Map<String, String>> notFound(RuntimeException e, HttpServletRequest request) {
        return refusal(HttpStatus.NOT_FOUND, e.getMessage(), request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Map<String, String>> noSuchPath(NoResourceFoundException e, HttpServletRequest request) {
        return refusal(HttpStatus.NOT_FOUND, "Adressen " + request.getRequestURI() + " findes ikke.", request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, String>> wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return refusal(HttpStatus.METHOD_NOT_ALLOWED, request.getMethod() + " kan ikke bruges på "
                + request.getRequestURI() + ".", request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, String>> wrongMediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send forespørgslen som JSON (Content-Type: application/json).",
                request);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Map<String, String>> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return refusal(HttpStatus.NOT_ACCEPTABLE, "Svaret kan kun gives som JSON.", request);
    }

    @ExceptionHandler({NotAMemberException.class, AuthorizationException.class})
    ResponseEntity<Map<String, String>> forbidden(RuntimeException e, HttpServletRequest request) {
        return refusal(HttpStatus.FORBIDDEN, e.getMessage(), request);
    }

    /** A controller's own refusal with a status ({@code ResponseStatusException}): its status and its reason. */
    @ExceptionHandler(ErrorResponseException.class)
    ResponseEntity<Map<String, String>> withStatus(ErrorResponseException e, HttpServletRequest request) {
        HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        if (status == null || status.is5xxServerError()) {
            return unexpected(e, request);
        }
        String reason = e instanceof ResponseStatusException withReason ? withReason.getReason() : e.getBody().getDetail();
        return refusal(status, reason == null || reason.isBlank() ? "Forespørgslen kunne ikke behandles." : reason, request);
    }

    /** A refusal may sit inside an engine exception (a delegate's reason wrapped by the engine). */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, String>> unexpected(Exception e, HttpServletRequest request) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof BadUserRequestException bad) {
                return badRequest(bad, request);
            }
            if (cause instanceof AuthorizationException denied) {
                return forbidden(denied, request);
            }
        }
        LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "Der opstod en uventet fejl. Prøv igen, eller kontakt"
                + " sekretariatet, hvis fejlen gentager sig.");
    }

    private static ResponseEntity<Map<String, String>> refusal(HttpStatus status, String message, HttpServletRequest request) {
        LOG.warn("{} {} {}: {}", status.value(), request.getMethod(), request.getRequestURI(), message);
        return error(status, message);
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("status", String.valueOf(status.value()), "message", message));
    }
}
