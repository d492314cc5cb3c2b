package dk.kk.almenstyring.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/**
 * Reads the product's groups ({@code groups.yml}) and the demo people ({@code demo-directory.yml}).
 * They are read on their own rather than imported into the environment: they are lists to create once,
 * not settings that a profile or an environment variable should be able to override piecemeal.
 */
public final class DirectoryFiles {

    public static final String GROUPS = "groups.yml";
    public static final String DEMO_DIRECTORY = "demo-directory.yml";

    /** The content of {@code demo-directory.yml}. */
    public record DemoDirectory(String emailDomain, List<DemoUser> users) {

        public DemoDirectory {
            users = users == null ? List.of() : List.copyOf(users);
        }

        public String emailOf(DemoUser user) {
            return user.id() + "@" + emailDomain;
        }
    }

    private DirectoryFiles() {
    }

    public static List<DirectoryGroup> groups() {
        List<DirectoryGroup> groups = binder(GROUPS).bind("groups", Bindable.listOf(DirectoryGroup.class))
                .orElseThrow(() -> new IllegalStateException(GROUPS + " lists no groups"));
        groups.forEach(g -> {
            Objects.requireNonNull(g.id(), () -> GROUPS + ": a group without id");
            Objects.requireNonNull(g.name(), () -> GROUPS + ": group " + g.id() + " has no name");
            Objects.requireNonNull(g.type(), () -> GROUPS + ": group " + g.id() + " has no type");
        });
        return List.copyOf(groups);
    }

    public static DemoDirectory demoDirectory() {
        DemoDirectory directory = binder(DEMO_DIRECTORY).bind("", Bindable.of(DemoDirectory.class))
                .orElseThrow(() -> new IllegalStateException(DEMO_DIRECTORY + " is empty"));
        Objects.requireNonNull(directory.emailDomain(), () -> DEMO_DIRECTORY + ": email-domain is required");
        directory.users().forEach(u -> Objects.requireNonNull(u.id(), () -> DEMO_DIRECTORY + ": a user without id"));
        return directory;
    }

    private static Binder binder(String resource) {
        try {
            return new Binder(ConfigurationPropertySources.from(
                    new YamlPropertySourceLoader().load(resource, new ClassPathResource(resource))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
