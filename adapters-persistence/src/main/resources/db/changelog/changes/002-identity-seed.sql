--liquibase formatted sql

--changeset kamdesk:002-permissions
insert into permission (code, description) values
    ('users:read', 'List and read users'),
    ('users:create', 'Create and register users'),
    ('users:update', 'Edit users, set passwords, assign roles'),
    ('users:delete', 'Delete users'),
    ('roles:read', 'List and read roles and permissions'),
    ('roles:create', 'Create roles'),
    ('roles:update', 'Edit roles'),
    ('roles:delete', 'Delete roles'),
    ('customers:read', 'List and read customers'),
    ('customers:create', 'Create customers'),
    ('customers:update', 'Edit customers'),
    ('customers:delete', 'Delete customers'),
    ('customers:import', 'Import customers from CSV/XLSX'),
    ('customers:export', 'Export customers to CSV/XLSX'),
    ('prospects:read', 'List and read prospects'),
    ('prospects:create', 'Create prospects'),
    ('prospects:update', 'Edit prospects'),
    ('prospects:delete', 'Delete prospects'),
    ('prospects:convert', 'Convert prospects into customers'),
    ('bills:read', 'List and read bills'),
    ('bills:create', 'Create bills'),
    ('bills:update', 'Edit bills'),
    ('bills:delete', 'Delete bills'),
    ('bills:import', 'Import bills from CSV/XLSX'),
    ('bills:export', 'Export bills to CSV/XLSX'),
    ('dashboard:read', 'Read the dashboard');

--changeset kamdesk:002-roles
insert into role (name, description, data_scope, all_permissions, builtin) values
    ('super_admin', 'Everything, always, including permissions added later', 'all', true, true),
    ('admin', 'Everything except acting on super_admin users or the super_admin role', 'all', false, true),
    ('sales_manager', 'All CRM, billing and dashboard permissions over every record', 'all', false, true),
    ('sales_person', 'Key account manager: works on their own prospects, customers and bills', 'own', false, true),
    ('viewer', 'Reads CRM, billing and the dashboard', 'all', false, true);

insert into role_permission (role_id, permission_id)
select r.id, p.id from role r cross join permission p where r.name = 'admin';

insert into role_permission (role_id, permission_id)
select r.id, p.id from role r join permission p on p.code like any (array['customers:%', 'prospects:%', 'bills:%', 'dashboard:%'])
where r.name = 'sales_manager';

insert into role_permission (role_id, permission_id)
select r.id, p.id from role r join permission p on p.code in (
    'customers:read', 'customers:create', 'customers:update', 'customers:export',
    'prospects:read', 'prospects:create', 'prospects:update', 'prospects:convert',
    'bills:read', 'bills:create', 'bills:update', 'bills:export',
    'dashboard:read')
where r.name = 'sales_person';

insert into role_permission (role_id, permission_id)
select r.id, p.id from role r join permission p on p.code in ('customers:read', 'prospects:read', 'bills:read', 'dashboard:read')
where r.name = 'viewer';
