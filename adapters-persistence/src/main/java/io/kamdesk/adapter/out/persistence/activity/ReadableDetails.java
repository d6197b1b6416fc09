package io.kamdesk.adapter.out.persistence.activity;

import io.kamdesk.domain.shared.Decimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * An entry's details as the view promises them: the decimals among a record's fields
 * ({@code record.field}) and among a change's before and after ({@code changes.field[i]}) as the API
 * writes amounts and quantities, strings with their trailing zeros dropped down to two decimals
 * ({@code 1500.00 -> "1500.00"}, {@code 2.5000 -> "2.50"}, {@code 2.1250 -> "2.125"}); every other value
 * as stored. The triggers store them as numbers ({@code to_jsonb} of the row, quantities with four
 * decimals). The text PostgreSQL gives for the stored {@code jsonb} is kept as it is around them.
 */
final class ReadableDetails {

    private static final JsonFactory JSON = new JsonFactory();

    private ReadableDetails() {
    }

    /** {@code stored}, the text of a {@code jsonb} object, with its recorded decimals written as strings. */
    static String of(String stored) {
        if (stored.indexOf('.') < 0) {
            return stored;
        }
        List<Span> decimals = recordedDecimals(stored);
        if (decimals.isEmpty()) {
            return stored;
        }
        StringBuilder readable = new StringBuilder(stored.length() + 4 * decimals.size());
        int copied = 0;
        for (Span decimal : decimals) {
            readable.append(stored, copied, decimal.start()).append('"').append(decimal.written()).append('"');
            copied = decimal.end();
        }
        return readable.append(stored, copied, stored.length()).toString();
    }

    private static List<Span> recordedDecimals(String stored) {
        List<Span> decimals = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), stored)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return decimals;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_OBJECT && key.equals("record")) {
                    forEachField(parser, () -> noteDecimal(parser, decimals));
                } else if (value == JsonToken.START_OBJECT && key.equals("changes")) {
                    forEachField(parser, () -> noteDecimalsOfPair(parser, decimals));
                } else {
                    parser.skipChildren();
                }
            }
        }
        return decimals;
    }

    /** Runs {@code atValue} with the parser on each value of the object it has just entered. */
    private static void forEachField(JsonParser parser, Runnable atValue) {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            parser.nextToken();
            atValue.run();
        }
    }

    /** A change's before and after, an array; any other shape is shown as stored. */
    private static void noteDecimalsOfPair(JsonParser parser, List<Span> decimals) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            noteDecimal(parser, decimals);
        }
    }

    private static void noteDecimal(JsonParser parser, List<Span> decimals) {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_FLOAT) {
            parser.skipChildren();
            return;
        }
        String number = parser.getString();
        if (number.indexOf('.') >= 0) {
            int start = (int) parser.currentTokenLocation().getCharOffset();
            decimals.add(new Span(start, start + number.length(), Decimals.written(new BigDecimal(number))));
        }
    }

    /** Where a decimal stands in the stored text, and how it is written instead. */
    private record Span(int start, int end, String written) {
    }
}
