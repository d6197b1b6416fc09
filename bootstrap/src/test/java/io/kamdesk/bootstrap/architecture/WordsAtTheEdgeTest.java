package io.kamdesk.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The words clients read live in the REST adapter's catalogue ({@code Wording}) alone: domain and
 * application report typed reasons, and no other module spells a sentence of the catalogue. ArchUnit
 * reads bytecode, where string constants are out of its sight, so this check reads the sources.
 */
class WordsAtTheEdgeTest {

    private static final Path ROOT = Path.of("..");
    /** The catalogue: the shared words, and the file area's own. */
    private static final List<Path> CATALOGUE = List.of(
            ROOT.resolve("adapters-rest/src/main/java/io/kamdesk/adapter/in/rest/shared/Wording.java"),
            ROOT.resolve("adapters-rest/src/main/java/io/kamdesk/adapter/in/rest/fileio/FileWording.java"));
    /** Modules that report reasons and must not word them. */
    private static final List<String> CORE = List.of("domain", "application");
    /** Modules that may have words of their own (operators' messages), but not the catalogue's. */
    private static final List<String> OTHERS = List.of("domain", "application", "adapters-persistence",
            "adapters-fileio", "bootstrap");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");
    /** A sentence: three words or more, starting with a capital letter or a quote, ending as a sentence does. */
    private static final Pattern SENTENCE = Pattern.compile("^[A-Z\\\\\"][^ ]*( +[^ ]+){2,}[.!?]$");

    @Test
    void domainAndApplication_holdNoSentence() {
        List<String> sentences = new ArrayList<>();
        for (String module : CORE) {
            javaSources(ROOT.resolve(module + "/src/main/java")).forEach(file -> literals(read(file)).stream()
                    .filter(literal -> SENTENCE.matcher(literal).matches())
                    .forEach(literal -> sentences.add(ROOT.relativize(file) + ": \"" + literal + "\"")));
        }

        assertThat(sentences).isEmpty();
    }

    @Test
    void noModuleButTheRestAdapter_spellsACatalogueSentence() {
        List<String> fragments = catalogueFragments();
        List<String> spelled = new ArrayList<>();
        for (String module : OTHERS) {
            javaSources(ROOT.resolve(module + "/src/main/java")).forEach(file -> literals(read(file)).stream()
                    .filter(fragments::contains)
                    .forEach(literal -> spelled.add(ROOT.relativize(file) + ": \"" + literal + "\"")));
        }

        assertThat(fragments).as("the catalogue's words were found").hasSizeGreaterThan(90);
        assertThat(spelled).isEmpty();
    }

    @Test
    void theCheck_findsASentenceAndACatalogueFragmentWhereTheyAre() {
        String source = """
                class Refusing {
                    // "A comment is not code."
                    void refuse() {
                        throw new IllegalArgumentException("This field is required.");
                    }
                    String name() {
                        return "not a sentence";
                    }
                }
                """;

        List<String> literals = literals(source);

        assertThat(literals).containsExactly("This field is required.", "not a sentence");
        assertThat(literals).filteredOn(literal -> SENTENCE.matcher(literal).matches())
                .containsExactly("This field is required.");
        assertThat(catalogueFragments()).contains("This field is required.", " cannot be read as CSV.");
    }

    /** Every literal of the catalogue with at least two words: whole sentences and their parts. */
    private static List<String> catalogueFragments() {
        return CATALOGUE.stream().flatMap(file -> literals(read(file)).stream())
                .filter(literal -> literal.strip().contains(" "))
                .distinct()
                .toList();
    }

    private static List<String> literals(String source) {
        String code = COMMENT.matcher(source).replaceAll(" ");
        List<String> found = new ArrayList<>();
        Matcher literal = LITERAL.matcher(code);
        while (literal.find()) {
            found.add(literal.group(1));
        }
        return found;
    }

    private static List<Path> javaSources(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
