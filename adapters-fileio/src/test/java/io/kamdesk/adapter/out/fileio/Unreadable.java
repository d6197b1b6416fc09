package io.kamdesk.adapter.out.fileio;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.application.fileio.port.out.FileProblem;
import io.kamdesk.application.fileio.port.out.UnreadableFileException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** What the reading tests expect of a refused file: the problem, and what it names. */
final class Unreadable {

    private Unreadable() {
    }

    /** Refused for {@code problem}, naming exactly {@code details} (numbers compared by value). */
    static Consumer<Throwable> because(FileProblem problem, Object... details) {
        return thrown -> {
            assertThat(thrown).isInstanceOf(UnreadableFileException.class);
            UnreadableFileException refused = (UnreadableFileException) thrown;
            assertThat(refused.problem()).isEqualTo(problem);
            assertThat(comparable(refused.details())).isEqualTo(comparable(Arrays.asList(details)));
        };
    }

    /** Refused for {@code problem}, whatever it names. */
    static Consumer<Throwable> becauseOf(FileProblem problem) {
        return thrown -> {
            assertThat(thrown).isInstanceOf(UnreadableFileException.class);
            assertThat(((UnreadableFileException) thrown).problem()).isEqualTo(problem);
        };
    }

    private static List<Object> comparable(List<Object> details) {
        return details.stream().map(detail -> detail instanceof Number number ? (Object) number.longValue() : detail)
                .toList();
    }
}
