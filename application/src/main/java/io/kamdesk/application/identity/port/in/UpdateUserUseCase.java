package io.kamdesk.application.identity.port.in;

/** Changes a user: details, role, active flag, password. Absent fields stay as they are. */
public interface UpdateUserUseCase {

    UserView updateUser(UpdateUserCommand command);
}
