package io.kamdesk.adapter.out.persistence.crm;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.APP_USER;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.PROSPECT;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.PROSPECT_STATUS_CHANGE;

import io.kamdesk.adapter.out.persistence.shared.ConstraintViolations;
import io.kamdesk.adapter.out.persistence.shared.ListQueries;
import io.kamdesk.adapter.out.persistence.shared.RenderedSelect;
import io.kamdesk.adapter.out.persistence.shared.ScopeConditions;
import io.kamdesk.application.crm.port.in.ListProspectsQuery;
import io.kamdesk.application.crm.port.in.ProspectSortField;
import io.kamdesk.application.crm.port.in.ProspectView;
import io.kamdesk.application.crm.port.out.ProspectRepository;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.domain.crm.Prospect;
import io.kamdesk.domain.crm.ProspectDetails;
import io.kamdesk.domain.crm.StatusChange;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.DomainException;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Subject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Prospects and their status history. Every read that takes a viewer is scoped by the owner. */
@Repository
public class JooqProspectRepository implements ProspectRepository {

    /**
     * The allow-list of orderings. Names sort ignoring case, as people read them; a missing follow-up
     * date comes first going up and last going down (the list-wide rule for empty values).
     */
    /** The columns a prospect's changes are written to, the same for insert and update. */
    private static Map<Field<?>, Object> changeableColumns(Prospect prospect) {
        ProspectDetails details = prospect.details();
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(PROSPECT.NAME, details.name());
        columns.put(PROSPECT.COMPANY_NAME, details.companyName());
        columns.put(PROSPECT.EMAIL, details.email() == null ? null : details.email().value());
        columns.put(PROSPECT.PHONE, details.phone() == null ? null : details.phone().value());
        columns.put(PROSPECT.ADDRESS, details.address());
        columns.put(PROSPECT.POTENTIAL_REVENUE, details.potentialRevenue().amount());
        columns.put(PROSPECT.CONTACT_PERSON, details.contactPerson());
        columns.put(PROSPECT.SOURCE, details.source());
        columns.put(PROSPECT.FOLLOW_UP_DATE, details.followUpDate());
        columns.put(PROSPECT.NOTES, details.notes());
        columns.put(PROSPECT.STATUS, prospect.status().code());
        columns.put(PROSPECT.OWNER_ID, prospect.ownerId().orElse(null));
        columns.put(PROSPECT.CUSTOMER_ID, prospect.customerId().orElse(null));
        columns.put(PROSPECT.UPDATED_AT, prospect.updatedAt());
        return columns;
    }

    private static final Map<ProspectSortField, Field<?>> SORTABLE = Map.of(
            ProspectSortField.CREATED_AT, PROSPECT.CREATED_AT,
            ProspectSortField.UPDATED_AT, PROSPECT.UPDATED_AT,
            ProspectSortField.NAME, DSL.lower(PROSPECT.NAME),
            ProspectSortField.COMPANY_NAME, DSL.lower(PROSPECT.COMPANY_NAME),
            ProspectSortField.POTENTIAL_REVENUE, PROSPECT.POTENTIAL_REVENUE,
            ProspectSortField.FOLLOW_UP_DATE, PROSPECT.FOLLOW_UP_DATE,
            ProspectSortField.STATUS, PROSPECT.STATUS);
    /** No key of its own: the id tie-breaker alone, so the default is by id, oldest first. */
    private static final List<SortOrder<ProspectSortField>> DEFAULT_ORDERING = List.of();

    private static final String ID = "id";

    private final DSLContext dsl;
    private final ListQueries lists;
    /** A prospect's detail, read on every GET, so rendered once for each kind of viewer. */
    private final RenderedSelect.Scoped view;

    public JooqProspectRepository(DSLContext dsl, ListQueries lists) {
        this.dsl = dsl;
        this.lists = lists;
        this.view = new RenderedSelect.Scoped(dsl, scope -> dsl.selectFrom(PROSPECT)
                .where(PROSPECT.ID.eq(DSL.param(ID, Long.class)))
                .and(scope.visible(PROSPECT.OWNER_ID)));
    }

    @Override
    public Prospect insert(Prospect prospect) {
        Long id = ConstraintViolations.translated(() -> dsl.insertInto(PROSPECT)
                .set(PROSPECT.CREATED_AT, prospect.createdAt())
                .set(changeableColumns(prospect))
                .returning(PROSPECT.ID)
                .fetchSingle()
                .getId(), clashesOf(prospect));
        return prospect.withId(id);
    }

    /** Everything but the id and the creation time. */
    @Override
    public void update(Prospect prospect) {
        int updated = ConstraintViolations.translated(() -> dsl.update(PROSPECT)
                .set(changeableColumns(prospect))
                .where(PROSPECT.ID.eq(prospect.id()))
                .execute(), clashesOf(prospect));
        if (updated == 0) {
            throw new NotFoundException(Subject.PROSPECT);
        }
    }

    /** What the services answer for an owner deleted between their check and this write. */
    private static Map<String, Supplier<? extends DomainException>> clashesOf(Prospect prospect) {
        return Map.of("prospect_owner_id_fkey", () -> InvalidInputException.of("salesPerson",
                Reason.NO_ACTIVE_USER, prospect.ownerId().orElse(null)));
    }

    /** The status history goes with it (cascade); a customer it became stays. */
    @Override
    public void delete(long id) {
        dsl.deleteFrom(PROSPECT).where(PROSPECT.ID.eq(id)).execute();
    }

    @Override
    public Optional<Prospect> findVisibleForUpdate(Viewer viewer, long id) {
        return dsl.selectFrom(PROSPECT)
                .where(PROSPECT.ID.eq(id))
                .and(ScopeConditions.visibleTo(viewer, PROSPECT.OWNER_ID))
                .forUpdate()
                .fetchOptional()
                .map(ProspectRowMapper::toProspect);
    }

    @Override
    public void recordStatusChange(long prospectId, StatusChange change) {
        dsl.insertInto(PROSPECT_STATUS_CHANGE)
                .set(PROSPECT_STATUS_CHANGE.PROSPECT_ID, prospectId)
                .set(PROSPECT_STATUS_CHANGE.FROM_STATUS, change.from() == null ? null : change.from().code())
                .set(PROSPECT_STATUS_CHANGE.TO_STATUS, change.to().code())
                .set(PROSPECT_STATUS_CHANGE.CHANGED_BY, change.changedBy())
                .set(PROSPECT_STATUS_CHANGE.CHANGED_AT, change.changedAt())
                .execute();
    }

    /** Without its history: the services add it to detail reads. */
    @Override
    public Optional<ProspectView> findView(Viewer viewer, long id) {
        return view.fetchOptional(dsl, viewer, Map.of(ID, id))
                .map(row -> ProspectRowMapper.toView(row.into(PROSPECT)));
    }

    /** Oldest first; changes made at the same instant in the order they were recorded. */
    @Override
    public List<ProspectView.StatusChangeView> history(long prospectId) {
        return dsl.select(PROSPECT_STATUS_CHANGE.FROM_STATUS, PROSPECT_STATUS_CHANGE.TO_STATUS,
                        PROSPECT_STATUS_CHANGE.CHANGED_BY, APP_USER.USERNAME, PROSPECT_STATUS_CHANGE.CHANGED_AT)
                .from(PROSPECT_STATUS_CHANGE)
                .leftJoin(APP_USER).on(APP_USER.ID.eq(PROSPECT_STATUS_CHANGE.CHANGED_BY))
                .where(PROSPECT_STATUS_CHANGE.PROSPECT_ID.eq(prospectId))
                .orderBy(PROSPECT_STATUS_CHANGE.CHANGED_AT, PROSPECT_STATUS_CHANGE.ID)
                .fetch(ProspectRowMapper::toStatusChangeView);
    }

    @Override
    public void list(ListProspectsQuery query, ResultSink<ProspectView> sink) {
        Condition statusFilter = query.status().map(status -> PROSPECT.STATUS.eq(status.code()))
                .orElse(DSL.noCondition());
        Condition sourceFilter = query.source()
                .map(source -> DSL.lower(PROSPECT.SOURCE).eq(DSL.lower(DSL.val(source))))
                .orElse(DSL.noCondition());
        Condition listed = ScopeConditions.visibleTo(query.viewer(), PROSPECT.OWNER_ID)
                .and(statusFilter)
                .and(sourceFilter)
                .and(ListQueries.search(query.spec(), PROSPECT.NAME, PROSPECT.COMPANY_NAME, PROSPECT.EMAIL,
                        PROSPECT.PHONE, PROSPECT.CONTACT_PERSON));
        var ordering = ListQueries.ordering(query.spec(), SORTABLE, DEFAULT_ORDERING, PROSPECT.ID);
        lists.stream(dsl.selectFrom(PROSPECT).where(listed), dsl.selectCount().from(PROSPECT).where(listed),
                ordering, query.spec(), ProspectRowMapper::toView, sink);
    }
}
