package io.kamdesk.application.fileio.service;

import io.kamdesk.application.fileio.port.out.FileProblem;
import io.kamdesk.application.fileio.port.out.TabularRow;
import io.kamdesk.application.fileio.port.out.UnreadableFileException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each known column sits in a file, found from the header row through the columns' aliases.
 * A header named "Price" belongs to the component column just before it, as in the receivables
 * sheet ("IIG-QT", "Price", "FNA", "Price", ...). Unknown headers are ignored.
 */
final class ColumnMap {

    /** A column the import understands: its key (also its export title) and the headers that mean it. */
    record ImportColumn(String key, List<String> aliases, String priceKey) {

        ImportColumn(String key, List<String> aliases) {
            this(key, aliases, null);
        }
    }

    private final Map<String, Integer> positions;
    private final Map<String, String> titles;

    private ColumnMap(Map<String, Integer> positions, Map<String, String> titles) {
        this.positions = positions;
        this.titles = titles;
    }

    static ColumnMap of(TabularRow header, List<ImportColumn> columns, List<String> required) {
        Map<String, ImportColumn> byAlias = new HashMap<>();
        for (ImportColumn column : columns) {
            byAlias.put(Headers.normalise(column.key()), column);
            column.aliases().forEach(alias -> byAlias.put(Headers.normalise(alias), column));
        }
        Map<String, Integer> positions = new LinkedHashMap<>();
        Map<String, String> titles = new HashMap<>();
        ImportColumn previous = null;
        for (int index = 0; index < header.cells().size(); index++) {
            String title = header.cell(index).strip();
            String name = Headers.normalise(title);
            if (name.equals("price") && previous != null && previous.priceKey() != null) {
                positions.putIfAbsent(previous.priceKey(), index);
                titles.putIfAbsent(previous.priceKey(), title);
                previous = null;
                continue;
            }
            ImportColumn column = byAlias.get(name);
            if (column != null && !positions.containsKey(column.key())) {
                positions.put(column.key(), index);
                titles.put(column.key(), title);
            }
            previous = column;
        }
        List<String> missing = required.stream().filter(key -> !positions.containsKey(key)).toList();
        if (!missing.isEmpty()) {
            throw new UnreadableFileException(FileProblem.MISSING_COLUMNS, missing);
        }
        return new ColumnMap(positions, titles);
    }

    boolean has(String key) {
        return positions.containsKey(key);
    }

    /** The trimmed cell of the column, empty when the column is absent or the cell blank. */
    Optional<String> value(TabularRow row, String key) {
        Integer index = positions.get(key);
        if (index == null) {
            return Optional.empty();
        }
        String cell = row.cell(index).strip();
        return cell.isEmpty() ? Optional.empty() : Optional.of(cell);
    }

    /** The column's header as written in the file, for error messages. */
    String title(String key) {
        return titles.getOrDefault(key, key);
    }
}
