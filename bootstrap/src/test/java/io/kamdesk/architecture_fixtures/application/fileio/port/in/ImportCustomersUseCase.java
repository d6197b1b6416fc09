package io.kamdesk.architecture_fixtures.application.fileio.port.in;

public interface ImportCustomersUseCase {

    int importCustomers(byte[] file);
}
