package dk.kk.almenstyring.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DemoBannerTest {

    @Autowired
    private DemoBanner banner;
    @LocalServerPort
    private int port;

    @Test
    void theBannerTellsWhereToGoAndHowToLogIn() {
        String text = banner.text();

        assertThat(text).contains("http://localhost:" + port + "/camunda/app/tasklist/")
                .contains("http://localhost:" + port + "/mail")
                .contains("admin / test-admin-password")
                .contains("password 'test-password'");
        DirectoryFiles.demoDirectory().users().forEach(user -> assertThat(text).contains(user.id()));
    }
}
