package dk.kk.almenstyring.wheel;

import java.time.Period;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The annual wheel as written in {@code aarshjul.yml}: when the plan is proposed, how early a planned meeting is
 * called, and each forum's meetings in the year and usual time. {@link AnnualWheel} reads and checks it.
 */
@ConfigurationProperties(prefix = "almen.wheel")
public record WheelSettings(String proposeOn, String proposeAt, Period callMargin, Map<String, ForumWheel> forums) {

    /** One forum's line of the wheel: "primo maj", "ultimo januar" …, and the forum's usual start (tt:mm). */
    public record ForumWheel(String usualTime, List<String> meetings) {
    }
}
