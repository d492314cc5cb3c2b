package dk.kk.almenstyring.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AdminUserGuardTest {

    @Test
    void anAdministratorWithoutPasswordStopsTheStart() {
        assertThatThrownBy(() -> new AdminUserGuard("admin", "").preInit(null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ALMEN_ADMIN_PASSWORD");
    }

    @Test
    void adminAdminStopsTheStart() {
        assertThatThrownBy(() -> new AdminUserGuard("admin", "Admin").preInit(null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("brugernavn");
    }

    @Test
    void aRealPasswordOrNoAdministratorAtAllIsFine() {
        assertThatCode(() -> new AdminUserGuard("admin", "styring-demo").preInit(null)).doesNotThrowAnyException();
        assertThatCode(() -> new AdminUserGuard("", "").preInit(null)).doesNotThrowAnyException();
    }
}
