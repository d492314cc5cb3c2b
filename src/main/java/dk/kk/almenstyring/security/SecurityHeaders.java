package dk.kk.almenstyring.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every answer of the APIs and the mail sink, errors and refusals included (set before the
 * request is handled). The webapps (/camunda) set their own, stricter ones and are left alone. Answers of an API hold
 * personal data and must not be kept by a browser or proxy; nothing here is meant to be framed or sniffed.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityHeaders {

    private static final String CACHE_CONTROL = "Cache-Control";
    private static final String NO_STORE = "no-store";

    @Bean
    public FilterRegistrationBean<OncePerRequestFilter> securityHeadersFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("X-Frame-Options", "DENY");
                response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
                response.setHeader("Referrer-Policy", "no-referrer");
                response.setHeader(CACHE_CONTROL, NO_STORE);
                chain.doFilter(request, new NoStore(response));
            }
        });
        registration.setName("almen-security-headers");
        // first, so that even the authentication filter's 401 carries them
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns(RestAuthentication.ENGINE_REST, RestAuthentication.PRODUCT_API, RestAuthentication.MAIL_SINK,
                "/error");
        return registration;
    }

    /** Engine-rest sets its own {@code Cache-Control: no-cache}, which lets a browser keep the answer: kept at no-store. */
    private static final class NoStore extends HttpServletResponseWrapper {

        NoStore(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, CACHE_CONTROL.equalsIgnoreCase(name) ? NO_STORE : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CACHE_CONTROL.equalsIgnoreCase(name)) {
                super.setHeader(name, NO_STORE);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
