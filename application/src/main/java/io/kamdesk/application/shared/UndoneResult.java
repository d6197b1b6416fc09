package io.kamdesk.application.shared;

/** Carries a result out of a transaction it rolls back ({@link Transactions#inTransactionUndoing}). */
final class UndoneResult extends RuntimeException {

    final transient Object result;

    UndoneResult(Object result) {
        super(null, null, false, false);
        this.result = result;
    }
}
