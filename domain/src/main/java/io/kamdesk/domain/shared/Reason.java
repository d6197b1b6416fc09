package io.kamdesk.domain.shared;

/**
 * Why one value, or one field of an input, was refused. The reasons are the product's; the words a
 * client reads for them belong to each adapter. The arguments a reason carries are listed beside it,
 * in order, and travel in {@link Violation#arguments()}.
 */
public enum Reason {
    /** The field is missing. */
    REQUIRED,
    /** The field was sent as null and cannot be empty. */
    NULL,
    /** The text is empty and cannot be. */
    BLANK,
    /** The text is longer than allowed: the maximum length. */
    TOO_LONG,
    /** The text holds a NUL character. */
    NULL_CHARACTER,
    /** Single-line text holds a line break or a tab. */
    LINE_BREAK,
    /** The text holds a control character. */
    CONTROL_CHARACTER,
    /** Not a number. */
    NOT_A_NUMBER,
    /** More decimal places than the value keeps: the maximum number of places. */
    TOO_MANY_DECIMALS,
    /** More digits than the value keeps: the maximum number of digits. */
    TOO_MANY_DIGITS,
    /** A negative amount or quantity. */
    NEGATIVE,
    /** Quantity times unit price exceeds what an amount holds: the largest amount. */
    LINE_TOO_LARGE,
    /** The sum of a bill's lines exceeds what an amount holds: the largest amount. */
    GROSS_TOO_LARGE,
    /** The discount exceeds the bill's gross amount: the discount, the gross amount. */
    EXCEEDS_GROSS,
    /** Not an e-mail address. */
    INVALID_EMAIL,
    /** Not a phone number. */
    INVALID_PHONE,
    /** Not a username. */
    INVALID_USERNAME,
    /** Not a role name. */
    INVALID_ROLE_NAME,
    /** Not a permission code: the value. */
    INVALID_PERMISSION_CODE,
    /** Not one of the allowed values: the value, the allowed values (a list of strings). */
    INVALID_CHOICE,
    /** Not a data scope: the value. */
    INVALID_DATA_SCOPE,
    /** Not a date in a format people type. */
    INVALID_DATE,
    /** A date that may not lie in the past. */
    DATE_IN_PAST,
    /** A date before the one it may not precede: the other field's name. */
    DATE_BEFORE,
    /** A date range that ends before it starts: its start, its end. */
    RANGE_REVERSED,
    /** A date range longer than allowed: its start, its end, the maximum number of years. */
    RANGE_TOO_LONG,
    /** Another record already has this value: the {@link Subject} holding it. */
    TAKEN,
    /** No record with this id: the id as given. */
    UNKNOWN_REFERENCE,
    /** No active user with this id: the id as given. */
    NO_ACTIVE_USER,
    /** No active user with this username or e-mail address: the value as given. */
    NO_ACTIVE_USER_NAMED,
    /** No role with this id or name: the reference as given. */
    UNKNOWN_ROLE,
    /** A password shorter than allowed: the minimum length. */
    PASSWORD_TOO_SHORT,
    /** A password longer than allowed: the maximum length. */
    PASSWORD_TOO_LONG,
    /** A password of digits only. */
    PASSWORD_NUMERIC,
    /** A well-known password. */
    PASSWORD_COMMON,
    /** A password containing the username. */
    PASSWORD_LIKE_USERNAME,
    /** A password containing the e-mail address's local part. */
    PASSWORD_LIKE_EMAIL,
    /** The current password given does not match. */
    PASSWORD_INCORRECT,
    /** The new password is the old one. */
    PASSWORD_UNCHANGED,
    /** A built-in role keeps its name. */
    BUILTIN_ROLE_RENAMED,
    /** A bill stays with its customer. */
    BILL_CUSTOMER_FIXED,
    /** A prospect needs this field to become a customer. */
    REQUIRED_TO_CONVERT,
    /** A customer with this e-mail exists but another KAM holds it. */
    CUSTOMER_NOT_YOURS,
    /** A total stated by the sender differs from the one the billing rule gives: stated, computed. */
    STATED_TOTAL_MISMATCH,
    /** No permission with this id (a number) or code (a string): the reference as given. */
    UNKNOWN_PERMISSION,
    /** Not one of the records that may be chosen: the value, the names that may be (a list of strings). */
    NOT_AN_AVAILABLE_CHOICE,
    /** A count outside its bounds: the lowest, the highest. */
    OUT_OF_RANGE,
    /** An amount that must be above zero; no arguments. */
    NOT_POSITIVE,
    /** An adjustment of nothing; no arguments. */
    ZERO_ADJUSTMENT,
    /** A day after today: argument today. */
    DATE_IN_FUTURE,
    /** A bill's received amount would fall below zero: argument what it records now. */
    RECEIVED_BELOW_ZERO
}
