package io.kamdesk.architecture_fixtures.domain.billing;

/** Bad (rule 7): an exception nobody can map to a status. */
public class BillThrowingGenericException {

    public void pay() {
        throw new RuntimeException("cannot pay");
    }
}
