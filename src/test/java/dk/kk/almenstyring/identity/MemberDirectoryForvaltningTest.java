package dk.kk.almenstyring.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MemberDirectoryForvaltningTest {

    @Autowired
    private MemberDirectory directory;

    @Test
    void theForvaltningIsTheUsersGroupOfTypeForvaltning() {
        assertThat(directory.forvaltningOf("borgmester-tmf")).contains("TMF");
        assertThat(directory.forvaltningOf("tks-sof")).contains("SOF");
        assertThat(directory.forvaltningOf("borgmester-kff")).contains("KFF");
        assertThat(directory.forvaltningOf("sekretaer")).as("the secretariat sits in TMF").contains("TMF");
    }

    @Test
    void okfIsWrittenWithTheDanishLetter() {
        assertThat(directory.forvaltningOf("overborgmester")).contains("ØKF");
        assertThat(directory.forvaltningOf("tks-okf")).contains("ØKF");
    }

    @Test
    void membersOutsideTheMunicipalityAndUnknownUsersHaveNone() {
        assertThat(directory.forvaltningOf("bl-aab")).isEmpty();
        assertThat(directory.forvaltningOf("llo-repr")).isEmpty();
        assertThat(directory.forvaltningOf("no-such-user")).isEmpty();
        assertThat(directory.forvaltningOf(null)).isEmpty();
    }
}
