package io.kamdesk.application.activity.port.in;

import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.domain.identity.Viewer;
import java.util.Objects;

/** The history of one record the viewer may see: a customer, a bill or a prospect. */
public record RecordHistoryQuery(Viewer viewer, HistoryResource resource, long recordId,
        ListSpec<ActivitySortField> spec) {

    public RecordHistoryQuery {
        Objects.requireNonNull(viewer);
        Objects.requireNonNull(resource);
        Objects.requireNonNull(spec);
    }

    /** The records that keep a history where people look for it. */
    public enum HistoryResource {
        CUSTOMER(ActivityResource.CUSTOMER),
        BILL(ActivityResource.BILL),
        PROSPECT(ActivityResource.PROSPECT);

        private final ActivityResource resource;

        HistoryResource(ActivityResource resource) {
            this.resource = resource;
        }

        public ActivityResource resource() {
            return resource;
        }
    }
}
