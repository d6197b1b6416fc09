package io.kamdesk.application.fileio.port.out;

import java.util.List;

/**
 * One row of a spreadsheet as text: {@code number} is the row number a person sees in the
 * spreadsheet (the header is usually row 1). Cells are normalised: numbers as plain decimals without
 * exponent ({@code "5000"}, {@code "0.1"}), real date cells as {@code YYYY-MM-DD}, formulas as their
 * cached value, booleans as {@code true}/{@code false}, empty cells as {@code ""}.
 */
public record TabularRow(int number, List<String> cells) {

    public TabularRow {
        cells = List.copyOf(cells);
    }

    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
