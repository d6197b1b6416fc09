package io.kamdesk.application.demodata.port.in;

/**
 * Fills the database with made-up but plausible users (KAMs), customers and their monthly bills, for
 * a newcomer's first look and for measurements. The same request on the same day writes the same
 * content (ids and the numbers derived from them excepted).
 */
public interface GenerateDataUseCase {

    /** The password of every generated user, so that a newcomer can log in as a KAM. */
    String USER_PASSWORD = "KamDesk-Demo-1";

    GenerateDataReport generateData(GenerateDemoDataCommand request);
}
