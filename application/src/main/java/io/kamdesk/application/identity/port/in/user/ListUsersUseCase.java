package io.kamdesk.application.identity.port.in.user;

import io.kamdesk.application.shared.ResultSink;

/** Lists and reads users. */
public interface ListUsersUseCase {

    void listUsers(ListUsersQuery query, ResultSink<UserView> sink);

    /** @throws io.kamdesk.domain.shared.NotFoundException when there is no such user */
    UserView getUser(long userId);
}
