package io.kamdesk.architecture_fixtures.adapter.out.persistence.demodata;

import io.kamdesk.architecture_fixtures.application.demodata.port.in.GenerateDataUseCase;

/** Allowed by rule 6: the generator's own adapter. */
public class DemoDataTables {

    public String describe(GenerateDataUseCase generator) {
        return generator.toString();
    }
}
