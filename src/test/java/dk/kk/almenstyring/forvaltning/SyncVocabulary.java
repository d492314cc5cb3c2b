package dk.kk.almenstyring.forvaltning;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the option lists of every form in {@code forms/} that offers forvaltninger or themes from {@link Forvaltning}
 * and {@link Theme}, changing nothing else in the files. Run by {@code docs/tools/sync-vocabulary.sh}; the argument is
 * the forms folder (default {@code forms}).
 */
public final class SyncVocabulary {

    private SyncVocabulary() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "forms");
        List<Path> forms;
        try (Stream<Path> files = Files.list(folder)) {
            forms = files.filter(f -> f.toString().endsWith(".form")).sorted().toList();
        }
        int changed = 0;
        for (Path form : forms) {
            String text = Files.readString(form, StandardCharsets.UTF_8);
            String synced = FormVocabulary.synced(text);
            if (!synced.equals(text)) {
                Files.writeString(form, synced, StandardCharsets.UTF_8);
                changed++;
                System.out.println("written: " + form);
            }
        }
        System.out.println(changed + " of " + forms.size() + " forms changed.");
    }
}
