package io.kamdesk.application.shared.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.application.shared.VersionedRecord;
import io.kamdesk.application.shared.port.in.versions.RecordVersionsUseCase.Read;
import io.kamdesk.application.shared.port.in.versions.RecordVersionsUseCase.Written;
import io.kamdesk.application.shared.testing.InMemoryTransactions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A read's version is read with the read, in one read-only transaction. A write's version is read in
 * the write's own transaction, before its commit: afterwards another write of the row could already
 * have committed. A refused write keeps nothing and tells no version.
 */
class RecordVersionsServiceTest {

    private final List<String> bill = new ArrayList<>(List.of("version 4"));
    private final InMemoryTransactions transactions = new InMemoryTransactions(() -> {
        List<String> before = List.copyOf(bill);
        return () -> {
            bill.clear();
            bill.addAll(before);
        };
    });
    private final List<Boolean> readInsideTheTransaction = new ArrayList<>();
    private final List<String> reads = new ArrayList<>();
    private final RecordVersionsService versions = new RecordVersionsService((record, id) -> {
        readInsideTheTransaction.add(transactions.isActive());
        reads.add(transactions.isReadOnly() ? "version, read only" : "version");
        return Optional.of((long) bill.size() + 3);
    }, transactions);

    @Test
    void aRead_andItsVersion_areReadInOneReadOnlyTransaction_theVersionFirst() {
        Read<String> read = versions.read(VersionedRecord.BILL, 17, () -> {
            reads.add(transactions.isReadOnly() ? "record, read only" : "record");
            return "bill 17";
        });

        assertThat(read).isEqualTo(new Read<>("bill 17", Optional.of(4L)));
        assertThat(reads).containsExactly("version, read only", "record, read only");
        assertThat(transactions.committed()).isEqualTo(1);
    }

    @Test
    void aKeptWrite_tellsTheVersionItLeft_readBeforeItsCommit() {
        Written<Integer> written = versions.write(VersionedRecord.BILL, 17, () -> {
            bill.add("version 5");
            return 200;
        }, status -> status < 400);

        assertThat(written).isEqualTo(new Written<>(200, Optional.of(5L)));
        assertThat(readInsideTheTransaction).containsExactly(true);
        assertThat(transactions.committed()).isEqualTo(1);
        assertThat(bill).containsExactly("version 4", "version 5");
    }

    @Test
    void aRefusedWrite_isRolledBack_andTellsNoVersion() {
        Written<Integer> written = versions.write(VersionedRecord.BILL, 17, () -> {
            bill.add("half a write");
            return 400;
        }, status -> status < 400);

        assertThat(written).isEqualTo(new Written<>(400, Optional.empty()));
        assertThat(readInsideTheTransaction).isEmpty();
        assertThat(transactions.rolledBack()).isEqualTo(1);
        assertThat(bill).containsExactly("version 4");
    }
}
