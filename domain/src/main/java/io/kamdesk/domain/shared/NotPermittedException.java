package io.kamdesk.domain.shared;

/** The caller may not do this particular thing, whatever their permissions in general. */
public class NotPermittedException extends DomainException {

    public NotPermittedException(Refusal refusal, Object... arguments) {
        super(refusal, arguments);
    }
}
