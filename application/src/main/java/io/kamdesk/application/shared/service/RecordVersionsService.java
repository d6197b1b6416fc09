package io.kamdesk.application.shared.service;

import io.kamdesk.application.shared.Transactions;
import io.kamdesk.application.shared.VersionedRecord;
import io.kamdesk.application.shared.port.in.versions.RecordVersionsUseCase;
import io.kamdesk.application.shared.port.out.RecordVersions;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Records' versions as stored: the database keeps them (one more on every write of a row). */
public final class RecordVersionsService implements RecordVersionsUseCase {

    private final RecordVersions versions;
    private final Transactions transactions;

    public RecordVersionsService(RecordVersions versions, Transactions transactions) {
        this.versions = versions;
        this.transactions = transactions;
    }

    @Override
    public Optional<Long> currentVersion(VersionedRecord record, long id) {
        return versions.version(record, id);
    }

    @Override
    public <A> Read<A> read(VersionedRecord record, long id, Supplier<A> read) {
        return transactions.readOnly(() -> {
            Optional<Long> version = versions.version(record, id);
            return new Read<>(read.get(), version);
        });
    }

    @Override
    public <A> Written<A> write(VersionedRecord record, long id, Supplier<A> write, Predicate<A> keeps) {
        return transactions.inTransactionUndoing(() -> {
            A answer = write.get();
            return new Written<>(answer, keeps.test(answer) ? versions.version(record, id) : Optional.empty());
        }, written -> !keeps.test(written.answer()));
    }
}
