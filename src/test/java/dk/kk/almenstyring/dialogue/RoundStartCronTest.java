package dk.kk.almenstyring.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Properties;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The shipped start of the yearly styringsdialog round (S1: September–December, invitations some weeks ahead): the
 * engine's own reading of {@code almen.styringsdialog.start-cron} in application.yml, not the test profile's. The
 * engine reads a cron in the server's time zone, as this test does.
 */
class RoundStartCronTest {

    private static final ZoneId SERVER = ZoneId.systemDefault();

    private static String shippedCron() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties properties = yaml.getObject();
        return properties.getProperty("almen.styringsdialog.start-cron");
    }

    private static LocalDateTime next(String cron, LocalDateTime after) {
        Date due = new CycleBusinessCalendar().resolveDuedate(cron, Date.from(after.atZone(SERVER).toInstant()));
        return LocalDateTime.ofInstant(due.toInstant(), SERVER);
    }

    @Test
    void theRoundStartsOn15AugustAt0600EveryYearAndNotBefore() {
        String cron = shippedCron();
        assertThat(cron).isNotBlank();
        LocalDateTime first = next(cron, LocalDate.of(2027, 1, 1).atStartOfDay());
        assertThat(first).isEqualTo(LocalDateTime.of(2027, 8, 15, 6, 0));
        assertThat(next(cron, LocalDateTime.of(2027, 8, 15, 5, 59))).as("not a minute early")
                .isEqualTo(LocalDateTime.of(2027, 8, 15, 6, 0));
        assertThat(next(cron, first)).as("once a year").isEqualTo(LocalDateTime.of(2028, 8, 15, 6, 0));
    }
}
