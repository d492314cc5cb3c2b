package dk.kk.almenstyring.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with a guessable administrator ({@code camunda.bpm.admin-user}): no password, or the password
 * equal to the user id (admin/admin). The Camunda starter creates that user in {@code camunda-admin} on the first
 * start, and as long as {@code camunda-admin} has a member, Camunda Admin's first-user setup page is closed.
 */
@Component
public class AdminUserGuard extends AbstractProcessEnginePlugin {

    private final String adminId;
    private final String adminPassword;

    public AdminUserGuard(@Value("${camunda.bpm.admin-user.id:}") String adminId,
            @Value("${camunda.bpm.admin-user.password:}") String adminPassword) {
        this.adminId = adminId;
        this.adminPassword = adminPassword;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (adminId.isBlank()) {
            return;
        }
        if (adminPassword.isBlank()) {
            throw new IllegalStateException("camunda.bpm.admin-user.password mangler for administratoren '" + adminId
                    + "' (profil postgres: sæt ALMEN_ADMIN_PASSWORD)");
        }
        if (adminPassword.equalsIgnoreCase(adminId)) {
            throw new IllegalStateException("Administratoren '" + adminId + "' må ikke have sit brugernavn som adgangskode");
        }
    }
}
