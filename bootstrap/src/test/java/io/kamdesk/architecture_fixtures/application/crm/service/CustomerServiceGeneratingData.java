package io.kamdesk.architecture_fixtures.application.crm.service;

import io.kamdesk.architecture_fixtures.application.demodata.port.in.GenerateDataUseCase;

/** Breaks rule 6: the CRM using the demo-data generator, a leaf. */
public class CustomerServiceGeneratingData {

    private final GenerateDataUseCase generator;

    public CustomerServiceGeneratingData(GenerateDataUseCase generator) {
        this.generator = generator;
    }

    public void seed() {
        generator.generate(42);
    }
}
