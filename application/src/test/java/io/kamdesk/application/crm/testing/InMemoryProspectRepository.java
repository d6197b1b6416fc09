package io.kamdesk.application.crm.testing;

import io.kamdesk.application.crm.port.in.ListProspectsQuery;
import io.kamdesk.application.crm.port.in.ProspectSortField;
import io.kamdesk.application.crm.port.in.ProspectView;
import io.kamdesk.application.crm.port.out.KamDirectory.Kam;
import io.kamdesk.application.crm.port.out.ProspectRepository;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.application.shared.testing.InMemoryTransactions;
import io.kamdesk.domain.crm.Prospect;
import io.kamdesk.domain.crm.ProspectDetails;
import io.kamdesk.domain.crm.StatusChange;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Subject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Prospects and their status history in maps, numbered from 1. A viewer who sees only their own
 * records reaches only the prospects they own; deleting a prospect deletes its history, as the
 * foreign key's cascade does. Lists are filtered, searched (name, company, e-mail, phone, address,
 * contact person, source, notes), ordered (by id unless asked otherwise) and paged as the SQL does.
 */
public final class InMemoryProspectRepository implements ProspectRepository, InMemoryTransactions.Participant {

    private static final List<Function<Prospect, String>> SEARCHED = List.of(
            p -> p.details().name(), p -> p.details().companyName(),
            p -> p.details().email() == null ? null : p.details().email().value(),
            p -> p.details().phone() == null ? null : p.details().phone().value(),
            p -> p.details().address(), p -> p.details().contactPerson(), p -> p.details().source(),
            p -> p.details().notes());
    private static final Map<ProspectSortField, Function<Prospect, Comparable<?>>> COLUMNS =
            new EnumMap<>(ProspectSortField.class);
    private static final List<SortOrder<ProspectSortField>> DEFAULT_ORDERING =
            List.of();

    static {
        COLUMNS.put(ProspectSortField.CREATED_AT, Prospect::createdAt);
        COLUMNS.put(ProspectSortField.UPDATED_AT, Prospect::updatedAt);
        COLUMNS.put(ProspectSortField.NAME, p -> Listing.collated(p.details().name()));
        COLUMNS.put(ProspectSortField.COMPANY_NAME, p -> Listing.collated(p.details().companyName()));
        COLUMNS.put(ProspectSortField.POTENTIAL_REVENUE, p -> p.details().potentialRevenue());
        COLUMNS.put(ProspectSortField.FOLLOW_UP_DATE, p -> p.details().followUpDate());
        COLUMNS.put(ProspectSortField.STATUS, p -> p.status().code());
    }

    private final InMemoryKamDirectory users;
    private final Map<Long, Prospect> prospects = new LinkedHashMap<>();
    private final Map<Long, List<StatusChange>> history = new LinkedHashMap<>();
    private long nextId = 1;

    public InMemoryProspectRepository(InMemoryKamDirectory users) {
        this.users = users;
    }

    @Override
    public synchronized Prospect insert(Prospect prospect) {
        refuseUnknownOwner(prospect);
        Prospect stored = prospect.withId(nextId++);
        prospects.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized void update(Prospect prospect) {
        requireExists(prospect.id());
        refuseUnknownOwner(prospect);
        prospects.put(prospect.id(), prospect);
    }

    @Override
    public synchronized void delete(long id) {
        prospects.remove(id);
        history.remove(id);
    }

    @Override
    public synchronized Optional<Prospect> findVisibleForUpdate(Viewer viewer, long id) {
        return Optional.ofNullable(prospects.get(id)).filter(prospect -> visible(viewer, prospect));
    }

    @Override
    public synchronized void recordStatusChange(long prospectId, StatusChange change) {
        requireExists(prospectId);
        history.computeIfAbsent(prospectId, id -> new ArrayList<>()).add(Objects.requireNonNull(change));
    }

    @Override
    public synchronized Optional<ProspectView> findView(Viewer viewer, long id) {
        return findVisibleForUpdate(viewer, id).map(InMemoryProspectRepository::toView);
    }

    /** Oldest first; the username of whoever made the change, when they are still known. */
    @Override
    public synchronized List<ProspectView.StatusChangeView> history(long prospectId) {
        return history.getOrDefault(prospectId, List.of()).stream()
                .sorted(Comparator.comparing(StatusChange::changedAt))
                .map(change -> new ProspectView.StatusChangeView(
                        change.from() == null ? null : change.from().code(), change.to().code(), change.changedBy(),
                        change.changedBy() == null ? null
                                : users.find(change.changedBy()).map(Kam::username).orElse(null),
                        change.changedAt()))
                .toList();
    }

    @Override
    public synchronized void list(ListProspectsQuery query, ResultSink<ProspectView> sink) {
        var matching = prospects.values().stream()
                .filter(prospect -> visible(query.viewer(), prospect))
                .filter(prospect -> query.status().map(status -> prospect.status() == status).orElse(true))
                .filter(prospect -> query.source()
                        .map(source -> prospect.details().source().toLowerCase(Locale.ROOT)
                                .equals(source.toLowerCase(Locale.ROOT)))
                        .orElse(true))
                .filter(prospect -> Listing.matchesSearch(query.spec(), prospect, SEARCHED));
        Listing.stream(matching, query.spec(), COLUMNS, DEFAULT_ORDERING, Prospect::id,
                InMemoryProspectRepository::toView, sink);
    }

    /** Test set-up: stores a prospect exactly as given (for example one restored as converted). */
    public synchronized Prospect save(Prospect prospect) {
        prospects.put(prospect.id(), prospect);
        nextId = Math.max(nextId, prospect.id() + 1);
        return prospect;
    }

    /** Any prospect, whoever's it is. */
    public synchronized Optional<Prospect> find(long id) {
        return Optional.ofNullable(prospects.get(id));
    }

    public synchronized List<Prospect> all() {
        return List.copyOf(prospects.values());
    }

    /** The status changes recorded for the prospect, in the order they were recorded. */
    public synchronized List<StatusChange> statusChanges(long prospectId) {
        return List.copyOf(history.getOrDefault(prospectId, List.of()));
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<Long, Prospect> prospectsCopy = new LinkedHashMap<>(prospects);
        Map<Long, List<StatusChange>> historyCopy = new LinkedHashMap<>();
        history.forEach((id, changes) -> historyCopy.put(id, new ArrayList<>(changes)));
        long idAtSnapshot = nextId;
        return () -> {
            synchronized (this) {
                prospects.clear();
                prospects.putAll(prospectsCopy);
                history.clear();
                history.putAll(historyCopy);
                // like a database sequence, ids handed out are not given back on rollback
                nextId = Math.max(nextId, idAtSnapshot);
            }
        };
    }

    private static boolean visible(Viewer viewer, Prospect prospect) {
        return viewer.seesAll() || prospect.ownerId().map(owner -> owner == viewer.userId()).orElse(false);
    }

    /** As the foreign key to the users answers, through the adapter's constraint translation. */
    private void refuseUnknownOwner(Prospect prospect) {
        prospect.ownerId().filter(owner -> !users.exists(owner)).ifPresent(owner -> {
            throw InvalidInputException.of("salesPerson", Reason.NO_ACTIVE_USER, owner);
        });
    }

    private void requireExists(long id) {
        if (!prospects.containsKey(id)) {
            throw new NotFoundException(Subject.PROSPECT);
        }
    }

    private static ProspectView toView(Prospect prospect) {
        ProspectDetails details = prospect.details();
        return new ProspectView(prospect.id(), details.name(), details.companyName(),
                details.email() == null ? null : details.email().value(),
                details.phone() == null ? null : details.phone().value(), details.address(),
                details.potentialRevenue(), details.contactPerson(), details.source(), details.followUpDate(),
                details.notes(), prospect.status().code(), prospect.ownerId().orElse(null),
                prospect.customerId().orElse(null), prospect.createdAt(), prospect.updatedAt(), List.of());
    }
}
