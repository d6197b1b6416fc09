--liquibase formatted sql

--changeset kamdesk:015-idempotency-keys
-- Requests sent with an Idempotency-Key (docs/api-guide.md#safe-retries-idempotency-key): per user and
-- key, the first request's fingerprint and, once it has answered, its answer. The primary key decides
-- which of two simultaneous requests runs, on any instance. Removed after the retention (24 h).
create table idempotency_key (
    user_id      bigint not null,
    key          text not null check (length(key) between 1 and 255),
    fingerprint  text not null,
    created_at   timestamptz not null,
    completed_at timestamptz,
    status       int,
    content_type text,
    location     text,
    body         bytea,
    primary key (user_id, key),
    check ((completed_at is null) = (status is null))
);
create index idempotency_key_created_at on idempotency_key (created_at);
