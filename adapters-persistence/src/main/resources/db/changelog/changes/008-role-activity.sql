--liquibase formatted sql

--changeset kamdesk:008-role-is-active
-- An inactive role grants nothing until it is activated again; its holders keep it. The super_admin
-- role is never inactive (the domain refuses it; the check keeps a hand-made change from locking
-- everyone out).
alter table role add column is_active boolean not null default true;
alter table role add constraint role_super_admin_active check (is_active or not all_permissions);
