package io.kamdesk.domain.shared;

/**
 * Why a whole request was refused, beyond the fields of its input. Each {@link DomainException}
 * carries one, with the arguments listed beside it; adapters render it in their own words and codes.
 */
public enum Refusal {
    /** Fields of the input broke their rules; see {@link InvalidInputException#fieldErrors()}. */
    INVALID_INPUT,
    /** One value broke its rule; see {@link InvalidValueException#violations()}. */
    INVALID_VALUE,
    /** No such record within the caller's reach: the {@link Subject}, and the name asked for if not by id. */
    NOT_FOUND,

    /** The super_admin role always holds every permission and is never changed. */
    SUPER_ADMIN_ROLE_FIXED,
    /** The super_admin role is never deactivated. */
    SUPER_ADMIN_ROLE_ALWAYS_ACTIVE,
    /** Built-in roles are never deleted. */
    BUILTIN_ROLE_KEPT,
    /** Only a super_admin creates, changes or deletes a super_admin. */
    SUPER_ADMIN_MANAGED_BY_SUPER_ADMIN,
    /** Only a super_admin grants the super_admin role. */
    SUPER_ADMIN_GRANTED_BY_SUPER_ADMIN,
    /** Only a super_admin changes the super_admin role. */
    SUPER_ADMIN_ROLE_CHANGED_BY_SUPER_ADMIN,
    /** Only a super_admin changes or deletes a built-in role. */
    BUILTIN_ROLE_CHANGED_BY_SUPER_ADMIN,
    /** The user's role allows more than the actor's. */
    USER_ALLOWS_MORE,
    /** The role allows more than the actor's. */
    ROLE_ALLOWS_MORE,
    /** An actor who sees only their own records cannot grant access to every record. */
    SCOPE_ESCALATION,
    /** Permissions the actor does not hold: their codes (a list of strings). */
    PERMISSIONS_NOT_HELD,
    /** The user lacks a permission the work needs (checked when work runs later on their behalf): its code. */
    PERMISSION_REQUIRED,
    /** Nobody changes their own role. */
    OWN_ROLE,
    /** Nobody deletes their own account. */
    OWN_ACCOUNT_DELETED,
    /** Nobody deactivates their own account. */
    OWN_ACCOUNT_DEACTIVATED,
    /** The refresh token belongs to another user. */
    SESSION_OF_ANOTHER_USER,
    /** A caller who sees only their own records assigns records only to themselves: the {@link Subject}. */
    ASSIGN_TO_SELF_ONLY,

    /** A converted prospect's status stays qualified. */
    CONVERTED_PROSPECT_STATUS_FIXED,
    /** The prospect is already a customer. */
    PROSPECT_ALREADY_CONVERTED,
    /** A customer with the prospect's e-mail exists and another KAM holds it. */
    CUSTOMER_OF_ANOTHER_KAM,
    /** The customer has bills. */
    CUSTOMER_HAS_BILLS,
    /** Users hold the role: how many, when known. */
    ROLE_IN_USE,
    /** The last active super_admin stays. */
    LAST_SUPER_ADMIN,

    /** No active account matches the credentials. */
    NO_ACTIVE_ACCOUNT,
    /** The token is invalid or expired. */
    TOKEN_NOT_VALID,
    /** Too many failed logins: the seconds to wait. */
    LOGIN_THROTTLED,

    /** The uploaded file cannot be read; the exception says why. */
    UNREADABLE_FILE,
    /** The import job has finished; it can no longer be cancelled: its status. */
    IMPORT_JOB_FINISHED,
    /** The import ran within a request whose service stopped before it finished. */
    IMPORT_INTERRUPTED,
    /** Generated demo data of this seed is already in the database: the seed, what was found. */
    ALREADY_GENERATED,

    /** The payment was voided before: argument when. */
    PAYMENT_ALREADY_VOID,

    /** The invoice is no longer a draft: argument its status. */
    INVOICE_NOT_DRAFT,
    /** The invoice was voided before: argument when. */
    INVOICE_ALREADY_VOID,
    /** The customer has an invoice for the month that is not void: arguments its id and number. */
    INVOICE_EXISTS,
    /** The customer has no Active bill in the month: argument the month. */
    NOTHING_TO_INVOICE,
    /** The bill is on an issued invoice and may not change until the invoice is voided; no arguments. */
    BILL_INVOICED,
    /** A billing run of the month is already running: arguments the month and the run's id. */
    BILLING_RUN_IN_PROGRESS,
    /** The billing run has finished: argument its status. */
    BILLING_RUN_FINISHED
}
