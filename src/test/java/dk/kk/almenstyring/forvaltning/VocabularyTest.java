package dk.kk.almenstyring.forvaltning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.almenstyring.forvaltning.FormVocabulary.Vocabulary;
import dk.kk.almenstyring.forvaltning.FormVocabulary.VocabularyList;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.Yaml;

/**
 * One vocabulary (issue 8 item 6): the forms' option lists, the DMN lead-forvaltning and groups.yml hold exactly the
 * forvaltninger and themes of {@link Forvaltning} and {@link Theme}, and no Java class keeps a list of its own.
 * When a form differs, {@code docs/tools/sync-vocabulary.sh} writes its lists again.
 */
class VocabularyTest {

    static final Path FORMS = Path.of("forms");
    static final Path DMN = Path.of("processes/lead-forvaltning.dmn");
    static final Path GROUPS = Path.of("src/main/resources/groups.yml");
    static final Path JAVA = Path.of("src/main/java");
    static final String DMN_NS = "https://www.omg.org/spec/DMN/20191111/MODEL/";
    static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    @Test
    void everyFormListOfForvaltningerOrThemesOffersExactlyTheVocabularyInItsOrder() throws IOException {
        Map<String, Map<String, String>> offered = new LinkedHashMap<>();
        Map<String, Map<String, String>> expected = new LinkedHashMap<>();
        for (Path form : forms()) {
            for (VocabularyList list : FormVocabulary.listsOf(FormVocabulary.read(Files.readString(form)))) {
                String where = form.getFileName() + " " + list.key();
                offered.put(where, FormVocabulary.options(list.component()));
                expected.put(where, list.vocabulary().options);
            }
        }
        assertThat(offered).as("lists of forvaltninger and themes in forms/").hasSizeGreaterThanOrEqualTo(11);
        SoftAssertions.assertSoftly(softly -> offered.forEach((where, options) -> softly.assertThat(options)
                .as("%s differs from the vocabulary: run docs/tools/sync-vocabulary.sh", where)
                .containsExactlyEntriesOf(expected.get(where))));
    }

    @Test
    void theGeneratorFindsNothingToChangeInTheForms() throws IOException {
        for (Path form : forms()) {
            String text = Files.readString(form, StandardCharsets.UTF_8);
            assertThat(FormVocabulary.synced(text))
                    .as("%s is not as docs/tools/sync-vocabulary.sh writes it", form).isEqualTo(text);
        }
    }

    @Test
    void theGeneratorRewritesOnlyTheListsAndKeepsTheRestOfTheFile() throws IOException {
        String original = Files.readString(FORMS.resolve("start-enkeltaftale.form"), StandardCharsets.UTF_8);
        String drifted = original
                .replace("\"label\": \"Økonomiforvaltningen\",", "\"label\": \"Økonomi\",")
                .replace("""
                        ,
                                {
                                  "label": "Kultur- og Fritidsforvaltningen",
                                  "value": "KFF"
                                }""", "");
        assertThat(drifted).as("the test's edit of the form").isNotEqualTo(original);
        assertThat(FormVocabulary.options(list(drifted, "forvaltning"))).doesNotContainKey("KFF");

        assertThat(FormVocabulary.synced(drifted)).isEqualTo(original);
    }

    @Test
    void aListIsTakenForAVocabularyByItsKeyOrByMostOfItsValues() {
        assertThat(FormVocabulary.offeredBy(select("leadForvaltning", "TMF"))).contains(Vocabulary.FORVALTNINGER);
        assertThat(FormVocabulary.offeredBy(select("owner", "TMF", "SOF", "XYZ"))).contains(Vocabulary.FORVALTNINGER);
        assertThat(FormVocabulary.offeredBy(select("proposalTheme", "nyt-tema"))).contains(Vocabulary.THEMES);
        assertThat(FormVocabulary.offeredBy(select("reason", "andet", "frist", "pris"))).isEmpty();
        assertThat(FormVocabulary.offeredBy(select("approvalDecision", "APPROVED", "REJECTED"))).isEmpty();
    }

    @Test
    void theDmnDecidesOnlyKnownThemesAndAnswersOnlyKnownForvaltninger() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document dmn = factory.newDocumentBuilder().parse(DMN.toFile());
        Set<String> themes = literals(dmn, "inputEntry");
        Set<String> leads = literals(dmn, "outputEntry");
        Set<String> knownThemes = Arrays.stream(Theme.values()).map(Theme::value).collect(Collectors.toSet());
        Set<String> knownCodes = Arrays.stream(Forvaltning.values()).map(Forvaltning::code).collect(Collectors.toSet());

        assertThat(knownThemes).as("themes named in %s", DMN).containsAll(themes);
        // "andet" is whatever fits no other theme: the table's last rule (not(null)) decides it
        assertThat(themes).as("every theme but andet has its own rule in %s", DMN)
                .containsAll(knownThemes.stream().filter(t -> !Theme.ANDET.value().equals(t)).toList());
        assertThat(knownCodes).as("leads answered by %s", DMN).containsAll(leads);
        assertThat(leads).isNotEmpty();
    }

    @Test
    void groupsYmlHasOneGroupOfTypeForvaltningPerForvaltningWithItsName() throws IOException {
        Map<String, String> groups = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(GROUPS)) {
            Map<String, List<Map<String, String>>> yaml = new Yaml().load(in);
            yaml.get("groups").stream().filter(g -> "forvaltning".equals(g.get("type")))
                    .forEach(g -> groups.put(g.get("id"), g.get("name")));
        }
        Map<String, String> expected = new LinkedHashMap<>();
        Arrays.stream(Forvaltning.values()).forEach(f -> expected.put(f.groupId(), f.danishName()));

        assertThat(groups).containsExactlyEntriesOf(expected);
    }

    @Test
    void noJavaClassKeepsItsOwnCodesOrGroupIdsOfTheForvaltninger() throws IOException {
        Set<String> words = new LinkedHashSet<>();
        for (Forvaltning f : Forvaltning.values()) {
            words.add("\"" + f.code() + "\"");
            words.add("\"" + f.groupId() + "\"");
        }
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(JAVA.resolve("dk/kk/almenstyring/forvaltning"))).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                words.stream().filter(source::contains).forEach(w -> found.add(file + ": " + w));
            }
        }
        assertThat(found).as("use dk.kk.almenstyring.forvaltning.Forvaltning (byCode, groupIds, SECRETARIAT …)").isEmpty();
    }

    private static List<Path> forms() throws IOException {
        try (Stream<Path> files = Files.list(FORMS)) {
            return files.filter(f -> f.toString().endsWith(".form")).sorted().toList();
        }
    }

    private static JsonNode list(String formText, String key) {
        return FormVocabulary.listsOf(FormVocabulary.read(formText)).stream().filter(l -> key.equals(l.key()))
                .findFirst().orElseThrow().component();
    }

    private static JsonNode select(String key, String... values) {
        StringBuilder json = new StringBuilder("{\"type\": \"select\", \"key\": \"" + key + "\", \"values\": [");
        for (int i = 0; i < values.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"label\": \"x\", \"value\": \"").append(values[i]).append("\"}");
        }
        return FormVocabulary.read(json.append("]}").toString());
    }

    /** The string literals in the DMN's input or output entries ("boligsocial","tryghed" holds two). */
    private static Set<String> literals(Document dmn, String entry) {
        Set<String> literals = new LinkedHashSet<>();
        NodeList entries = dmn.getElementsByTagNameNS(DMN_NS, entry);
        for (int i = 0; i < entries.getLength(); i++) {
            Matcher quoted = QUOTED.matcher(((Element) entries.item(i)).getTextContent());
            while (quoted.find()) {
                literals.add(quoted.group(1));
            }
        }
        return literals;
    }
}
