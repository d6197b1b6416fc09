package io.kamdesk.architecture_fixtures.adapter.out.fileio;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;

public class CsvCustomerReader {

    public String[] firstRow(CSVReader reader) throws IOException, CsvValidationException {
        return reader.readNext();
    }
}
