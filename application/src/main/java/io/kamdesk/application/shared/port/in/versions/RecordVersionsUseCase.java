package io.kamdesk.application.shared.port.in.versions;

import io.kamdesk.application.shared.VersionedRecord;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A record's current version, for the {@code ETag} of an answer the caller was allowed to read (the
 * controller decides that) and for checking an {@code If-Match} before a write; empty when the
 * record does not exist.
 */
public interface RecordVersionsUseCase {

    Optional<Long> currentVersion(VersionedRecord record, long id);

    /**
     * Runs a read of the record and reads its version in one read-only transaction, the version first:
     * the two see the same snapshot, so the version is the one of the data the read answers.
     */
    <A> Read<A> read(VersionedRecord record, long id, Supplier<A> read);

    /**
     * Runs a write of the record and reads, in the write's own transaction, the version it left: the
     * write holds the row until it commits, so no other write can come between the two. An answer that
     * {@code keeps} refuses is rolled back instead, and tells no version.
     */
    <A> Written<A> write(VersionedRecord record, long id, Supplier<A> write, Predicate<A> keeps);

    /** A read's answer, with the version of what it read when the record exists. */
    record Read<A>(A answer, Optional<Long> version) {
    }

    /** A write's answer, with the version it left when it was kept. */
    record Written<A>(A answer, Optional<Long> version) {
    }
}
