package dk.kk.almenstyring.dialogue;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The collections the models fan out over. Lists are kept as text in process variables (the engine stores no Java
 * objects), and turned into lists here when a multi-instance activity starts.
 */
@Component("dialogueLists")
public class DialogueLists {

    /** The organisations of the round, from the comma-separated codes the round recorded. */
    public List<String> split(String codes) {
        return items(codes);
    }

    /** The items of a comma-separated list, trimmed, blanks left out. */
    static List<String> items(String codes) {
        if (codes == null || codes.isBlank()) {
            return List.of();
        }
        return Arrays.stream(codes.split(",")).map(String::trim).filter(c -> !c.isEmpty()).toList();
    }

    /** The seven forvaltninger's groups, each asked for agenda items (S1). */
    public List<String> forvaltningGroups() {
        return StyringsdialogProcess.FORVALTNING_GROUPS;
    }
}
