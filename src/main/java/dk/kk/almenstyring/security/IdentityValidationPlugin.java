package dk.kk.almenstyring.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine's rules for user records: the ids the product uses, and {@link EmailValidatingIdentityProvider} in place
 * of the engine's database identity provider.
 */
@Component
public class IdentityValidationPlugin extends AbstractProcessEnginePlugin {

    /**
     * User, group and tenant ids: letters and digits, joined by single '-', '_' or '.'. Camunda's default allows
     * letters and digits only, but the forums' groups are named like {@code bl-psf} and users like
     * {@code borgmester-tmf}. What the default keeps out still stays out: '*' (which means "any" in an
     * authorization), blanks and every other character.
     */
    public static final String ID_PATTERN = "[a-zA-Z0-9]+([._-][a-zA-Z0-9]+)*";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setGeneralResourceWhitelistPattern(ID_PATTERN);
        // Set before init: the engine registers this factory for both the read-only and the writable identity
        // provider, as it does for its own DbIdentityServiceProvider.
        configuration.setIdentityProviderSessionFactory(new GenericManagerFactory(EmailValidatingIdentityProvider.class));
    }
}
