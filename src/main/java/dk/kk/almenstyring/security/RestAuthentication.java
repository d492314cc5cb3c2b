package dk.kk.almenstyring.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic authentication against the engine's users for the engine's REST API, the product's own API and the demo
 * mail sink's page.
 * The filter sets the engine's current authentication (user and groups) for the request, so the engine's
 * authorizations apply to every call made while handling it, and controllers read the caller with
 * {@code identityService.getCurrentAuthentication()}. The webapps (/camunda) keep their own session login.
 */
@Configuration(proxyBeanMethods = false)
public class RestAuthentication {

    public static final String ENGINE_REST = "/engine-rest/*";
    public static final String PRODUCT_API = "/api/*";
    /** The demo mail sink's page: it shows every mail, with names and addresses, so only to someone logged in. */
    public static final String MAIL_SINK = "/mail";

    @Bean
    public FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter(ProcessEngine engine) {
        // The filter would look the engine up in Camunda's static registry by name; this application's engine is
        // the one to authenticate against (the registry holds the last one started, e.g. in a test JVM).
        ProcessEngineAuthenticationFilter filter = new ProcessEngineAuthenticationFilter() {
            @Override
            protected ProcessEngine getAddressedEngine(String engineName) {
                return engine;
            }
        };
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setName("almen-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns(ENGINE_REST, PRODUCT_API, MAIL_SINK);
        return registration;
    }
}
