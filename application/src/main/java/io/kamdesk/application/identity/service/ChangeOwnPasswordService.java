package io.kamdesk.application.identity.service;

import io.kamdesk.application.identity.port.in.user.ChangeOwnPasswordUseCase;
import io.kamdesk.application.identity.port.out.PasswordHasher;
import io.kamdesk.application.identity.port.out.SecurityEvent;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.identity.SessionEndedException;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.FieldErrors;
import io.kamdesk.domain.shared.Reason;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Checks the old password, applies the policy to the new one, and ends the user's other sessions. */
public final class ChangeOwnPasswordService implements ChangeOwnPasswordUseCase {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final SessionRevoker revoker;
    private final Transactions transactions;
    private final Clock clock;

    public ChangeOwnPasswordService(UserRepository users, PasswordHasher hasher, SessionRevoker revoker,
            Transactions transactions, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.revoker = revoker;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void changeOwnPassword(Viewer actor, UUID currentSessionId, String oldPassword, String newPassword) {
        List<SecurityEvent> published = new ArrayList<>();
        transactions.run(() -> {
            published.clear();
            User user = users.findById(actor.userId()).orElseThrow(SessionEndedException::new);
            FieldErrors errors = new FieldErrors();
            if (oldPassword == null || oldPassword.isEmpty()) {
                errors.add("oldPassword", Reason.REQUIRED);
            } else if (!hasher.matches(oldPassword, user.passwordHash())) {
                errors.add("oldPassword", Reason.PASSWORD_INCORRECT);
            }
            if (UserRules.acceptablePassword(newPassword, user.username(), user.email(), "newPassword", errors)
                    && newPassword.equals(oldPassword)) {
                errors.add("newPassword", Reason.PASSWORD_UNCHANGED);
            }
            errors.throwIfAny();
            users.update(user.changePassword(hasher.hash(newPassword), clock.instant()));
            published.addAll(revoker.revokeAllExceptInTransaction(user.id(), currentSessionId, "password changed"));
        });
        revoker.applyCommitted(published);
    }
}
