package io.kamdesk.application.shared;

import io.kamdesk.domain.shared.DomainException;
import java.util.Objects;

/**
 * What an insert-or-update of one record in a batch did: created it, changed it, found it already as
 * given, or refused it (for the reason a single create or update would have given) and wrote nothing.
 */
public sealed interface Upserted {

    record Created(long id) implements Upserted {
    }

    record Updated(long id) implements Upserted {
    }

    record Unchanged(long id) implements Upserted {
    }

    record Refused(DomainException reason) implements Upserted {

        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
