package io.kamdesk.architecture_fixtures.adapter.out.persistence.crm;

import com.opencsv.CSVWriter;

/** Bad (rule 5): CSV written by the persistence adapter. */
public class RepositoryUsingOpencsv {

    public void export(CSVWriter writer) {
        writer.writeNext(new String[] {"id"});
    }
}
