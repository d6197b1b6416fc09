package io.kamdesk.application.shared.port.out;

import io.kamdesk.application.shared.VersionedRecord;
import java.util.Optional;

/** The stored version of a record, which the database moves on with every write of it. */
public interface RecordVersions {

    Optional<Long> version(VersionedRecord record, long id);
}
