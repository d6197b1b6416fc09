package io.kamdesk.application.identity.port.in.user;

/** Creates a user (admin screens and registration). */
public interface CreateUserUseCase {

    /**
     * @throws io.kamdesk.domain.shared.InvalidInputException for invalid fields, a taken e-mail or
     *     username, a password that breaks the policy, or an unknown role
     * @throws io.kamdesk.domain.shared.NotPermittedException when the role would escalate the
     *     actor's own access
     */
    UserView createUser(CreateUserCommand command);
}
