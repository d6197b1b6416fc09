package io.kamdesk.application.identity.port.in.user;

/** Changes a user: details, role, active flag, password. Absent fields stay as they are. */
public interface UpdateUserUseCase {

    UserView updateUser(UpdateUserCommand command);
}
