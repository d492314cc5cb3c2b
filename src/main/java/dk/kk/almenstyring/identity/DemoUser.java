package dk.kk.almenstyring.identity;

import java.util.List;

/** A fictitious person of {@code demo-directory.yml} and the groups he or she is a member of. */
public record DemoUser(String id, String firstName, String lastName, List<String> groups) {

    public DemoUser {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
