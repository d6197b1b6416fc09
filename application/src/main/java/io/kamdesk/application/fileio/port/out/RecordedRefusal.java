package io.kamdesk.application.fileio.port.out;

import io.kamdesk.domain.shared.DomainException;
import io.kamdesk.domain.shared.Refusal;
import java.util.List;

/** A refusal as a job recorded it: read back from storage, to be worded like the one it was. */
public final class RecordedRefusal extends DomainException {

    public RecordedRefusal(Refusal refusal, List<Object> arguments) {
        super(refusal, arguments.toArray());
    }
}
