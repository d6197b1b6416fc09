package io.kamdesk.adapter.in.rest.shared;

import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.PageRequest;
import io.kamdesk.application.shared.SortOrder;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the query parameters every list shares ({@code search}, {@code ordering}, {@code page},
 * {@code page_size} or {@code pageSize}) and the resource's own filters, refusing unknown values
 * with a 400 that names the allowed ones. Ordering names are the enum constants in snake_case.
 */
public final class ListParameters {

    private final HttpServletRequest request;

    private ListParameters(HttpServletRequest request) {
        this.request = request;
    }

    public static ListParameters of(HttpServletRequest request) {
        return new ListParameters(request);
    }

    public <F extends Enum<F>> ListSpec<F> spec(Class<F> sortable) {
        return new ListSpec<>(text("search"), ordering(sortable), page());
    }

    public Optional<String> text(String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public Optional<Boolean> bool(String name) {
        return text(name).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> Boolean.TRUE;
            case "false", "0", "no" -> Boolean.FALSE;
            default -> throw ListParameterException.badValue(name,
                    "\"" + value + "\" is not a valid boolean; use true or false.");
        });
    }

    public Optional<Long> id(String name) {
        return text(name).map(value -> {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw ListParameterException.badValue(name, "\"" + value + "\" is not a valid id.");
            }
        });
    }

    /** A date filter written {@code YYYY-MM-DD}. */
    public Optional<LocalDate> date(String name) {
        return text(name).map(value -> {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw ListParameterException.badValue(name,
                        "Date has wrong format. Use one of these formats instead: YYYY-MM-DD.");
            }
        });
    }

    /** A filter whose values come from a fixed set, matched case-insensitively. */
    public <E extends Enum<E>> Optional<E> choice(String name, Class<E> choices, Function<E, String> label) {
        return text(name).map(value -> EnumSet.allOf(choices).stream()
                .filter(choice -> label.apply(choice).equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(() -> ListParameterException.badValue(name, "Select a valid choice. \"" + value
                        + "\" is not one of the available choices: " + labels(choices, label) + ".")));
    }

    private <F extends Enum<F>> List<SortOrder<F>> ordering(Class<F> sortable) {
        Optional<String> requested = text("ordering");
        if (requested.isEmpty()) {
            return List.of();
        }
        List<SortOrder<F>> orders = new ArrayList<>();
        Set<F> seen = EnumSet.noneOf(sortable);
        for (String term : requested.get().split(",")) {
            String name = term.strip();
            boolean descending = name.startsWith("-");
            String fieldName = descending ? name.substring(1) : name;
            F field = EnumSet.allOf(sortable).stream()
                    .filter(candidate -> JsonNames.snakeCase(camel(candidate)).equals(fieldName))
                    .findFirst()
                    .orElseThrow(() -> ListParameterException.badValue("ordering", "Cannot order by \"" + fieldName
                            + "\". Allowed: " + labels(sortable, f -> JsonNames.snakeCase(camel(f))) + "."));
            if (seen.add(field)) {
                orders.add(new SortOrder<>(field, descending));
            }
        }
        return orders;
    }

    private Optional<PageRequest> page() {
        Optional<String> page = text("page");
        Optional<String> size = text("page_size").or(() -> text("pageSize"));
        if (page.isEmpty() && size.isEmpty()) {
            return Optional.empty();
        }
        int number = page.map(value -> positive("page", value, Integer.MAX_VALUE)).orElse(1);
        int pageSize = size.map(value -> positive("page_size", value, PageRequest.MAX_SIZE))
                .orElse(PageRequest.DEFAULT_SIZE);
        return Optional.of(new PageRequest(number, pageSize));
    }

    private static int positive(String name, String value, int max) {
        try {
            int number = Integer.parseInt(value);
            if (number >= 1 && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw ListParameterException.badValue(name, "\"" + value + "\" is not valid; use a whole number from 1 to "
                + max + ".");
    }

    /** The names {@code ordering} accepts for this sort enum, in its order (a {@code -} prefix descends). */
    public static List<String> orderingNames(Class<? extends Enum<?>> sortable) {
        return Arrays.stream(sortable.getEnumConstants()).map(field -> JsonNames.snakeCase(camel(field))).toList();
    }

    private static String camel(Enum<?> constant) {
        String[] words = constant.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        Arrays.stream(words).skip(1).forEach(word -> name.append(Character.toUpperCase(word.charAt(0)))
                .append(word.substring(1)));
        return name.toString();
    }

    private static <E extends Enum<E>> String labels(Class<E> type, Function<E, String> label) {
        return EnumSet.allOf(type).stream().map(label).collect(Collectors.joining(", "));
    }
}
