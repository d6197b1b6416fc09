package io.kamdesk.architecture_fixtures.application.demodata.port.in;

public interface GenerateDataUseCase {

    void generate(long seed);
}
