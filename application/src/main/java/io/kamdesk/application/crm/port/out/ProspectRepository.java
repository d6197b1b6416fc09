package io.kamdesk.application.crm.port.out;

import io.kamdesk.application.crm.port.in.ListProspectsQuery;
import io.kamdesk.application.crm.port.in.ProspectView;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.domain.crm.Prospect;
import io.kamdesk.domain.crm.StatusChange;
import io.kamdesk.domain.identity.Viewer;
import java.util.List;
import java.util.Optional;

/** Stored prospects. Every read takes the viewer: another KAM's prospect is simply not found. */
public interface ProspectRepository {

    Prospect insert(Prospect prospect);

    void update(Prospect prospect);

    void delete(long id);

    /** The prospect if the viewer may see it, locked for the rest of the transaction. */
    Optional<Prospect> findVisibleForUpdate(Viewer viewer, long id);

    void recordStatusChange(long prospectId, StatusChange change);

    Optional<ProspectView> findView(Viewer viewer, long id);

    List<ProspectView.StatusChangeView> history(long prospectId);

    void list(ListProspectsQuery query, ResultSink<ProspectView> sink);
}
