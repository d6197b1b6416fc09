package io.kamdesk.adapter.in.rest.shared;

import io.kamdesk.application.billing.port.in.BillCommand;
import io.kamdesk.domain.billing.BandwidthComponent;
import io.kamdesk.domain.shared.DomainException;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.InvalidValueException;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Subject;
import io.kamdesk.domain.shared.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The catalogue of the words clients read: every {@link io.kamdesk.domain.shared.Reason} and
 * {@link Refusal} in the wording of Django REST Framework that the API document promises, with the
 * machine-readable codes. Domain and application report typed reasons; this class turns them into
 * sentences, for the HTTP answers, the import reports and the command line alike (the file area, a
 * leaf, adds the words of its own problems in {@code FileWording}). Every switch is exhaustive: a
 * new reason does not compile without its words.
 */
public final class Wording {

    /** How the API names problems that belong to no single field. */
    public static final String NON_FIELD_ERRORS = "non_field_errors";
    private static final Map<String, String> BILL_LINE_FIELDS = billLineFields();

    private Wording() {
    }

    /** A refused input's problems under the API's field names, each as its list of sentences. */
    public static Map<String, List<String>> fieldErrors(InvalidInputException refused) {
        Map<String, List<String>> named = new LinkedHashMap<>();
        refused.fieldErrors().forEach((field, violations) -> named.computeIfAbsent(jsonName(field),
                name -> new ArrayList<>()).addAll(violations.stream()
                        .map(violation -> sentence(field, violation)).toList()));
        return named;
    }

    /**
     * The API's name for a use case's field: snake_case, the whole input's problems apart, and a bill
     * line's fields as the API document names them ({@code iigQuantity} is {@code iig_qt},
     * {@code fnaUnitPrice} is {@code fna_price}).
     */
    public static String jsonName(String field) {
        if (field.equals(InvalidInputException.WHOLE_INPUT)) {
            return NON_FIELD_ERRORS;
        }
        return BILL_LINE_FIELDS.getOrDefault(field, JsonNames.snakeCase(field));
    }

    private static Map<String, String> billLineFields() {
        Map<String, String> names = new LinkedHashMap<>();
        for (BandwidthComponent component : BandwidthComponent.values()) {
            String quantity = component == BandwidthComponent.IIG ? "iig_qt"
                    : component.name().toLowerCase(Locale.ROOT);
            names.put(BillCommand.quantityField(component), quantity);
            names.put(BillCommand.unitPriceField(component), quantity + "_price");
        }
        return Map.copyOf(names);
    }

    /** The machine-readable code of a refusal, as {@code code} in an error answer. */
    public static String code(DomainException refused) {
        return switch (refused.refusal()) {
            case INVALID_INPUT, INVALID_VALUE -> "invalid";
            case NOT_FOUND -> "not_found";
            case SUPER_ADMIN_ROLE_FIXED, SUPER_ADMIN_ROLE_ALWAYS_ACTIVE -> "super_admin_role_fixed";
            case BUILTIN_ROLE_KEPT -> "builtin_role";
            case SUPER_ADMIN_MANAGED_BY_SUPER_ADMIN, SUPER_ADMIN_GRANTED_BY_SUPER_ADMIN,
                    SUPER_ADMIN_ROLE_CHANGED_BY_SUPER_ADMIN -> "super_admin_protected";
            case BUILTIN_ROLE_CHANGED_BY_SUPER_ADMIN -> "builtin_role_protected";
            case USER_ALLOWS_MORE, ROLE_ALLOWS_MORE, PERMISSIONS_NOT_HELD -> "permission_escalation";
            case SCOPE_ESCALATION -> "scope_escalation";
            case OWN_ROLE -> "own_role";
            case PERMISSION_REQUIRED -> "permission_denied";
            case OWN_ACCOUNT_DELETED, OWN_ACCOUNT_DEACTIVATED -> "own_account";
            case SESSION_OF_ANOTHER_USER -> "permission_denied";
            case ASSIGN_TO_SELF_ONLY -> "not_yours";
            case CONVERTED_PROSPECT_STATUS_FIXED, PROSPECT_ALREADY_CONVERTED -> "prospect_converted";
            case CUSTOMER_OF_ANOTHER_KAM -> "customer_of_another_kam";
            case CUSTOMER_HAS_BILLS -> "customer_has_bills";
            case ROLE_IN_USE -> "role_in_use";
            case LAST_SUPER_ADMIN -> "last_super_admin";
            case NO_ACTIVE_ACCOUNT -> "no_active_account";
            case TOKEN_NOT_VALID -> "token_not_valid";
            case LOGIN_THROTTLED -> "throttled";
            case UNREADABLE_FILE -> "unreadable_file";
            case ALREADY_GENERATED -> "already_generated";
            case IMPORT_JOB_FINISHED -> "job_finished";
            case IMPORT_INTERRUPTED -> "interrupted";
            case PAYMENT_ALREADY_VOID -> "payment_void";
            case INVOICE_NOT_DRAFT -> "invoice_not_draft";
            case INVOICE_ALREADY_VOID -> "invoice_void";
            case INVOICE_EXISTS -> "invoice_exists";
            case NOTHING_TO_INVOICE -> "nothing_to_invoice";
            case BILL_INVOICED -> "bill_invoiced";
            case BILLING_RUN_IN_PROGRESS -> "billing_run_in_progress";
            case BILLING_RUN_FINISHED -> "billing_run_finished";
        };
    }

    /** The sentence of a refusal, as {@code detail} in an error answer. */
    public static String detail(DomainException refused) {
        List<Object> args = refused.arguments();
        return switch (refused.refusal()) {
            case INVALID_INPUT -> "Invalid input.";
            case INVALID_VALUE -> sentence("", ((InvalidValueException) refused).violation());
            case NOT_FOUND -> args.size() > 1
                    ? "No " + noun((Subject) args.get(0)) + " named \"" + args.get(1) + "\"."
                    : "No " + noun((Subject) args.get(0)) + " with this id.";
            case SUPER_ADMIN_ROLE_FIXED ->
                    "The super_admin role always holds every permission and cannot be changed.";
            case SUPER_ADMIN_ROLE_ALWAYS_ACTIVE ->
                    "The super_admin role always holds every permission and cannot be deactivated.";
            case BUILTIN_ROLE_KEPT -> "Built-in roles cannot be deleted.";
            case SUPER_ADMIN_MANAGED_BY_SUPER_ADMIN -> "Only a super_admin may create, change or delete a super_admin.";
            case SUPER_ADMIN_GRANTED_BY_SUPER_ADMIN -> "Only a super_admin may grant the super_admin role.";
            case SUPER_ADMIN_ROLE_CHANGED_BY_SUPER_ADMIN -> "Only a super_admin may change the super_admin role.";
            case BUILTIN_ROLE_CHANGED_BY_SUPER_ADMIN -> "Only a super_admin may change or delete a built-in role.";
            case USER_ALLOWS_MORE -> "You cannot manage a user whose role allows more than yours does.";
            case ROLE_ALLOWS_MORE -> "You cannot change or delete a role that allows more than yours does.";
            case SCOPE_ESCALATION -> "You cannot grant access to every record: your own role sees only your records.";
            case PERMISSIONS_NOT_HELD -> "You cannot grant permissions you do not hold: " + joined(args.get(0)) + ".";
            case OWN_ROLE -> "You cannot change your own role.";
            case PERMISSION_REQUIRED -> "You do not have permission to perform this action (" + args.get(0) + ").";
            case OWN_ACCOUNT_DELETED -> "You cannot delete your own account.";
            case OWN_ACCOUNT_DEACTIVATED -> "You cannot deactivate your own account.";
            case SESSION_OF_ANOTHER_USER -> "This refresh token belongs to another user.";
            case ASSIGN_TO_SELF_ONLY -> "You can only assign " + noun((Subject) args.get(0)) + "s to yourself.";
            case CONVERTED_PROSPECT_STATUS_FIXED -> "This prospect became a customer; its status stays qualified.";
            case PROSPECT_ALREADY_CONVERTED -> "This prospect is already a customer.";
            case CUSTOMER_OF_ANOTHER_KAM -> "A customer with this e-mail exists and belongs to another KAM.";
            case CUSTOMER_HAS_BILLS ->
                    "This customer has bills and cannot be deleted; set its status to Inactive or Lost instead.";
            case ROLE_IN_USE -> (args.isEmpty() ? "Users hold" : args.get(0) + " user(s) hold")
                    + " this role; give them another role first.";
            case LAST_SUPER_ADMIN -> "This is the last active super_admin; make another user super_admin first.";
            case NO_ACTIVE_ACCOUNT -> "No active account found with the given credentials";
            case TOKEN_NOT_VALID -> "Token is invalid or expired";
            case LOGIN_THROTTLED -> "Too many failed login attempts. Try again in " + args.get(0) + " seconds.";
            // the file area words its own refusals (FileioErrors); this is the fallback of a leaf it cannot see
            case UNREADABLE_FILE -> "The file cannot be read as a spreadsheet.";
            case ALREADY_GENERATED -> "Data of " + args.get(0) + " is already in this database (" + args.get(1)
                    + " exists); run with another --seed.";
            case IMPORT_INTERRUPTED -> "The service stopped while this import ran within its request; the batches "
                    + "committed before stay. Import the file again to finish it: rows already written stay unchanged.";
            case IMPORT_JOB_FINISHED -> "This import job has already finished (" + String.valueOf(args.get(0))
                    .toLowerCase(Locale.ROOT) + "); there is nothing to cancel.";
            case PAYMENT_ALREADY_VOID -> "This payment was voided at " + args.get(0) + "; it cannot be voided again.";
            case INVOICE_NOT_DRAFT -> "This invoice is " + String.valueOf(args.get(0)).toLowerCase(Locale.ROOT)
                    + ", not a draft; an issued invoice never changes: void it and create a new one.";
            case INVOICE_ALREADY_VOID -> "This invoice was voided at " + args.get(0) + "; it cannot be voided again.";
            case INVOICE_EXISTS -> "This customer already has invoice " + args.get(1) + " (id " + args.get(0)
                    + ") for this month; void it first to invoice the month again.";
            case NOTHING_TO_INVOICE -> "This customer has no Active bill in " + args.get(0) + " to invoice.";
            case BILL_INVOICED -> "This bill is on an issued invoice and cannot be changed or deleted; void the "
                    + "invoice first (payments can still be recorded).";
            case BILLING_RUN_IN_PROGRESS -> "A billing run of " + args.get(0) + " is already running; wait for it "
                    + "to finish, or cancel it.";
            case BILLING_RUN_FINISHED -> "This billing run has already finished (" + String.valueOf(args.get(0))
                    .toLowerCase(Locale.ROOT) + "); there is nothing to cancel.";
        };
    }

    /**
     * The sentence for one broken rule of {@code field} (a use case's Java name, or
     * {@link InvalidInputException#WHOLE_INPUT}); a few sentences name the field or read by it.
     */
    public static String sentence(String field, Violation violation) {
        List<Object> args = violation.arguments();
        return switch (violation.reason()) {
            case REQUIRED -> "This field is required.";
            case NULL -> "This field may not be null.";
            case BLANK -> "This field may not be blank.";
            case TOO_LONG -> "Ensure this field has no more than " + args.get(0) + " characters.";
            case NULL_CHARACTER -> "Null characters are not allowed.";
            case LINE_BREAK -> "Line breaks and tabs are not allowed here.";
            case CONTROL_CHARACTER -> "Control characters are not allowed.";
            case NOT_A_NUMBER -> "A valid number is required.";
            case TOO_MANY_DECIMALS -> "Ensure that there are no more than " + args.get(0) + " decimal places.";
            case TOO_MANY_DIGITS -> "Ensure that there are no more than " + args.get(0) + " digits in total.";
            case NEGATIVE -> "Ensure this value is greater than or equal to 0.";
            case LINE_TOO_LARGE -> "Ensure that quantity × unit price is no more than " + plain(args.get(0)) + ".";
            case GROSS_TOO_LARGE ->
                    "The bill's gross amount (the sum of its lines) cannot exceed " + plain(args.get(0)) + ".";
            case EXCEEDS_GROSS -> "The discount (" + plain(args.get(0)) + ") cannot exceed the bill's gross amount ("
                    + plain(args.get(1)) + ").";
            case INVALID_EMAIL -> "Enter a valid email address.";
            case INVALID_PHONE -> "Enter a valid phone number: 7 to 20 characters of digits, spaces and dashes, "
                    + "optionally starting with +.";
            case INVALID_USERNAME -> "Enter a valid username: up to 150 letters, digits and @/./+/-/_ characters.";
            case INVALID_ROLE_NAME -> "Use 1 to 64 lower-case letters, digits and underscores, starting with a letter.";
            case INVALID_PERMISSION_CODE ->
                    "\"" + args.get(0) + "\" is not a permission code of the form resource:action.";
            case INVALID_CHOICE -> "\"" + args.get(0) + "\" is not a valid choice. Choose one of: "
                    + joined(args.get(1)) + ".";
            case INVALID_DATA_SCOPE -> "\"" + args.get(0) + "\" is not a valid choice; use all or own.";
            case INVALID_DATE -> "Date has wrong format. Use YYYY-MM-DD or DD/MM/YYYY.";
            case DATE_IN_PAST -> "The " + label(field) + " cannot be in the past.";
            case DATE_BEFORE -> "The " + label(field) + " cannot be before the " + label((String) args.get(0)) + ".";
            case RANGE_REVERSED -> "\"from\" (" + args.get(0) + ") must be on or before \"to\" (" + args.get(1) + ").";
            case RANGE_TOO_LONG -> "The range from " + args.get(0) + " to " + args.get(1) + " is longer than "
                    + args.get(2) + " years; ask for at most " + args.get(2) + " years at a time.";
            case TAKEN -> "A " + noun((Subject) args.get(0)) + " with " + (field.equals("username") ? "that" : "this")
                    + " " + label(field) + " already exists.";
            case UNKNOWN_REFERENCE -> "Invalid pk \"" + args.get(0) + "\" - object does not exist.";
            case NO_ACTIVE_USER -> "Invalid pk \"" + args.get(0) + "\" - no active user with this id.";
            case NO_ACTIVE_USER_NAMED -> "No active user with this username or e-mail.";
            case UNKNOWN_ROLE -> "Invalid role \"" + args.get(0) + "\" - object does not exist.";
            case PASSWORD_TOO_SHORT ->
                    "This password is too short. It must contain at least " + args.get(0) + " characters.";
            case PASSWORD_TOO_LONG ->
                    "This password is too long. It must contain at most " + args.get(0) + " characters.";
            case PASSWORD_NUMERIC -> "This password is entirely numeric.";
            case PASSWORD_COMMON -> "This password is too common.";
            case PASSWORD_LIKE_USERNAME -> "The password is too similar to the username.";
            case PASSWORD_LIKE_EMAIL -> "The password is too similar to the email address.";
            case PASSWORD_INCORRECT -> "Your old password was entered incorrectly. Please enter it again.";
            case PASSWORD_UNCHANGED -> "The new password must differ from the old one.";
            case BUILTIN_ROLE_RENAMED -> "Built-in roles cannot be renamed.";
            case BILL_CUSTOMER_FIXED -> "A bill stays with its customer; issue a new bill instead.";
            case REQUIRED_TO_CONVERT -> "A prospect needs " + (field.equals("phone") ? "a phone number"
                    : "an e-mail address") + " to become a customer.";
            case CUSTOMER_NOT_YOURS -> "A customer with this e-mail exists but is not assigned to you.";
            case STATED_TOTAL_MISMATCH -> "Stated as " + plain(args.get(0)) + " but "
                    + (field.equals("totalDue") ? "total bill − total received" : "quantity × price − discount")
                    + " gives " + plain(args.get(1)) + ".";
            case UNKNOWN_PERMISSION -> args.get(0) instanceof Number id ? "Unknown permission id " + id + "."
                    : "Unknown permission \"" + args.get(0) + "\".";
            case NOT_AN_AVAILABLE_CHOICE -> "Select a valid choice. \"" + args.get(0)
                    + "\" is not one of the available choices: " + joined(args.get(1)) + ".";
            case OUT_OF_RANGE -> "Ensure this value is between " + args.get(0) + " and " + args.get(1) + ".";
            case NOT_POSITIVE -> "Ensure this value is greater than 0.";
            case ZERO_ADJUSTMENT -> "An adjustment cannot be zero.";
            case DATE_IN_FUTURE -> "The " + label(field) + " cannot be in the future (today is " + args.get(0) + ").";
            case RECEIVED_BELOW_ZERO -> "The bill's total received (" + plain(args.get(0))
                    + ") cannot fall below zero.";
        };
    }

    private static String noun(Subject subject) {
        return subject.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** How a sentence names a field: its Java name in words ("link ID", "follow-up date"). */
    private static String label(String field) {
        return switch (field) {
            case "linkId" -> "link ID";
            case "followUpDate" -> "follow-up date";
            default -> JsonNames.snakeCase(field).replace('_', ' ');
        };
    }

    /** A list argument as a sentence lists it: {@code a, b, c}. */
    public static String joined(Object values) {
        return String.join(", ", ((List<?>) values).stream().map(String::valueOf).toList());
    }

    private static String plain(Object amount) {
        return amount instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(amount);
    }

}
