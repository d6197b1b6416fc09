package io.kamdesk.domain.billing;

/**
 * Where an invoice stands: a draft (its bills still read as they are), issued (frozen and sent), paid
 * (issued, and its payments cover its total), void (kept, no longer owed).
 */
public enum InvoiceStatus {
    DRAFT,
    ISSUED,
    PAID,
    VOID
}
