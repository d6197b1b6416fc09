package io.kamdesk.architecture_fixtures.adapter.in.rest.fileio;

import io.kamdesk.architecture_fixtures.application.fileio.port.in.ImportCustomersUseCase;

/** Allowed: fileio is a leaf, but its own adapters use it. */
public class ImportController {

    private final ImportCustomersUseCase importCustomers;

    public ImportController(ImportCustomersUseCase importCustomers) {
        this.importCustomers = importCustomers;
    }
}
