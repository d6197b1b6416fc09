package io.kamdesk.architecture_fixtures.adapter.in.rest.crm;

import io.kamdesk.architecture_fixtures.application.fileio.port.in.ImportCustomersUseCase;

/** Bad (rule 6): fileio is a leaf, crm's controller may not use it. */
public class CustomerControllerUsingImport {

    private final ImportCustomersUseCase importCustomers;

    public CustomerControllerUsingImport(ImportCustomersUseCase importCustomers) {
        this.importCustomers = importCustomers;
    }
}
