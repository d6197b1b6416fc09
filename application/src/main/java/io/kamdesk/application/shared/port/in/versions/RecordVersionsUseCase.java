package io.kamdesk.application.shared.port.in.versions;

import io.kamdesk.application.shared.VersionedRecord;
import java.util.Optional;

/**
 * A record's current version, for the {@code ETag} of an answer the caller was allowed to read (the
 * controller decides that) and for checking an {@code If-Match} before a write; empty when the
 * record does not exist.
 */
public interface RecordVersionsUseCase {

    Optional<Long> currentVersion(VersionedRecord record, long id);
}
