package dk.kk.almenstyring.housing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/** The content of {@code demo-housing.yml}: demo housing organisations with fictitious estates. */
public record DemoHousing(String emailDomain, List<Organisation> organisations) {

    public static final String FILE = "demo-housing.yml";

    public DemoHousing {
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
    }

    public record Organisation(String code, String name, boolean blMember, String administrator, List<Estate> estates) {

        public Organisation {
            estates = estates == null ? List.of() : List.copyOf(estates);
        }
    }

    /** A fictitious estate with the attributes the extended supervision selects by (all demo values). */
    public record Estate(String number, String name, String district, Integer dwellings, Boolean inEffortArea,
            BigDecimal expectedReservePerM2, Boolean helhedsplan, Integer lastSupervisionYear) {

        public EstateAttributes attributes() {
            return new EstateAttributes(district, dwellings, Boolean.TRUE.equals(inEffortArea), expectedReservePerM2,
                    Boolean.TRUE.equals(helhedsplan), lastSupervisionYear);
        }
    }

    /** {@code kontakt@kab.almen-styring.demo}. */
    public String contactEmailOf(Organisation organisation) {
        return "kontakt@" + organisation.code().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + "." + emailDomain;
    }

    public static DemoHousing read() {
        try {
            Binder binder = new Binder(ConfigurationPropertySources.from(
                    new YamlPropertySourceLoader().load(FILE, new ClassPathResource(FILE))));
            DemoHousing housing = binder.bind("", Bindable.of(DemoHousing.class))
                    .orElseThrow(() -> new IllegalStateException(FILE + " is empty"));
            Objects.requireNonNull(housing.emailDomain(), () -> FILE + ": email-domain is required");
            housing.organisations().forEach(o -> {
                Objects.requireNonNull(o.code(), () -> FILE + ": an organisation without code");
                Objects.requireNonNull(o.name(), () -> FILE + ": organisation " + o.code() + " has no name");
            });
            return housing;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
    }
}
