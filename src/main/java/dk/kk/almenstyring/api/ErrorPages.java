package dk.kk.almenstyring.api;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Spring Boot's error page, with two changes: {@code /error} asked for directly (no error to show) is a 404, not a
 * 500; and a JSON error carries a Danish {@code message} like every other refusal of the product.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ErrorPages extends BasicErrorController {

    public ErrorPages(ErrorAttributes errorAttributes, ServerProperties server, ObjectProvider<ErrorViewResolver> resolvers) {
        super(errorAttributes, server.getError(), resolvers.orderedStream().toList());
    }

    @Override
    protected HttpStatus getStatus(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
            return HttpStatus.NOT_FOUND;
        }
        return super.getStatus(request);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", String.valueOf(status.value()));
        body.put("message", danish(status));
        return new ResponseEntity<>(body, status);
    }

    private static String danish(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> "Log ind for at fortsætte.";
            case FORBIDDEN -> "Du har ikke adgang til dette.";
            case NOT_FOUND -> "Siden findes ikke.";
            case METHOD_NOT_ALLOWED -> "Metoden kan ikke bruges her.";
            default -> status.is4xxClientError() ? "Forespørgslen kunne ikke behandles." : "Der opstod en uventet fejl.";
        };
    }
}
