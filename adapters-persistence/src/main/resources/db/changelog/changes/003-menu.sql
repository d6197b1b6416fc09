--liquibase formatted sql

--changeset kamdesk:003-menu-item
-- The navigation the frontend draws. Each item needs a permission; a child shows only under a visible
-- parent. Seeded, not edited through the API, so it keeps no timestamps.
create table menu_item (
    id              bigint generated always as identity primary key,
    parent_id       bigint references menu_item (id) on delete cascade,
    slug            text not null unique check (slug ~ '^[a-z][a-z0-9_-]*$'),
    title           text not null,
    path            text not null default '',
    icon            text not null default '',
    -- the API calls it "order", a reserved word in SQL
    sort_order      integer not null default 0,
    permission_code text not null references permission (code)
);
create index menu_item_parent_idx on menu_item (parent_id);

--changeset kamdesk:003-menu-seed
insert into menu_item (slug, title, path, icon, sort_order, permission_code) values
    ('dashboard', 'Dashboard', '/dashboard', 'dashboard', 1, 'dashboard:read'),
    ('customers', 'Customers', '/customers', 'people', 2, 'customers:read'),
    ('prospects', 'Prospects', '/prospects', 'person_search', 3, 'prospects:read'),
    ('bills', 'Bills', '/bills', 'receipt', 4, 'bills:read'),
    ('reports', 'Reports', '/reports', 'bar_chart', 5, 'dashboard:read'),
    ('admin', 'Administration', '/admin', 'admin_panel_settings', 6, 'users:read');

insert into menu_item (parent_id, slug, title, path, icon, sort_order, permission_code)
select parent.id, child.slug, child.title, child.path, child.icon, child.sort_order, child.permission_code
from menu_item parent
cross join (values
    ('users', 'Users', '/admin/users', 'group', 1, 'users:read'),
    ('roles', 'Roles', '/admin/roles', 'badge', 2, 'roles:read')
) as child (slug, title, path, icon, sort_order, permission_code)
where parent.slug = 'admin';
