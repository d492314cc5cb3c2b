package dk.kk.almenstyring.common;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The product's JSON ({@code /api}) writes a point in time as Copenhagen time with its offset,
 * {@code 2027-01-14T14:00:00+01:00}, as a reader in Copenhagen means it; Jackson's default is UTC ({@code …Z}).
 * Reading accepts any offset. Camunda's own REST API has its own JSON mapper and is not affected.
 */
@Configuration(proxyBeanMethods = false)
public class CopenhagenTimeJson {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer instantsInCopenhagenTime() {
        return builder -> builder.serializerByType(Instant.class, new InstantInCopenhagen());
    }

    static final class InstantInCopenhagen extends StdSerializer<Instant> {

        InstantInCopenhagen() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value.atZone(DanishText.COPENHAGEN)));
        }
    }
}
