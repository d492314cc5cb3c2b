package dk.kk.almenstyring.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Where mail links point: the configured public address, else the server's own address and port. */
class PublicAddressTest {

    @Test
    void theConfiguredAddressWinsWithoutItsTrailingSlash() {
        PublicAddress address = new PublicAddress("https://almen-styring.kk.dk/", new MockEnvironment().withProperty("server.port", "9090"));
        assertThat(address.tasklistUrl()).isEqualTo("https://almen-styring.kk.dk/camunda/app/tasklist/");
    }

    @Test
    void withoutOneTheServersAddressPortAndContextPathAreUsed() {
        MockEnvironment environment = new MockEnvironment().withProperty("server.port", "8181");
        assertThat(new PublicAddress("", environment).baseUrl()).isEqualTo("http://localhost:8181");
        environment.withProperty("server.address", "10.0.0.7").withProperty("server.servlet.context-path", "/almen/");
        assertThat(new PublicAddress(" ", environment).baseUrl()).isEqualTo("http://10.0.0.7:8181/almen");
        environment.withProperty("server.address", "0.0.0.0");
        assertThat(new PublicAddress(null, environment).baseUrl()).as("bound to every address")
                .isEqualTo("http://localhost:8181/almen");
        assertThat(new PublicAddress(null, new MockEnvironment()).baseUrl()).as("Spring's default port")
                .isEqualTo("http://localhost:8080");
    }

    @Test
    void anAddressThatIsNoWebAddressStopsTheStart() {
        assertThatThrownBy(() -> new PublicAddress("almen-styring.kk.dk", new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("almen.base-url");
        assertThatThrownBy(() -> new PublicAddress("ftp://almen-styring.kk.dk", new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("https://");
    }
}
