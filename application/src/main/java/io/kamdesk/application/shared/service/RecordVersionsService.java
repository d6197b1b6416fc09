package io.kamdesk.application.shared.service;

import io.kamdesk.application.shared.VersionedRecord;
import io.kamdesk.application.shared.port.in.versions.RecordVersionsUseCase;
import io.kamdesk.application.shared.port.out.RecordVersions;
import java.util.Optional;

/** Records' versions as stored: the database keeps them (one more on every write of a row). */
public final class RecordVersionsService implements RecordVersionsUseCase {

    private final RecordVersions versions;

    public RecordVersionsService(RecordVersions versions) {
        this.versions = versions;
    }

    @Override
    public Optional<Long> currentVersion(VersionedRecord record, long id) {
        return versions.version(record, id);
    }
}
