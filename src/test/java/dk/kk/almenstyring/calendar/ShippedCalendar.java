package dk.kk.almenstyring.calendar;

import java.io.IOException;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** The working days as shipped: the closing days bound from the real {@code forums.yml}, as the application binds them. */
public final class ShippedCalendar {

    private ShippedCalendar() {
    }

    public static ClosingDays closingDays() {
        try {
            java.util.List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                    .load("forums.yml", new ClassPathResource("forums.yml"));
            Binder binder = new Binder(org.springframework.boot.context.properties.source.ConfigurationPropertySources
                    .from(sources));
            return binder.bindOrCreate("almen", ClosingDays.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static WorkingDays workingDays() {
        return new WorkingDays(closingDays());
    }
}
