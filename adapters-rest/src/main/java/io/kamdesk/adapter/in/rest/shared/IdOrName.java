package io.kamdesk.adapter.in.rest.shared;

/**
 * A related record named by its id (a whole number, or digits in a string, DRF's primary key) or by
 * a name or code (other text), as a role in a user body or a permission in a role body.
 */
public record IdOrName(Long id, String name) {

    public IdOrName {
        if ((id == null) == (name == null)) {
            throw new IllegalArgumentException("an id or a name, not both");
        }
    }

    public boolean isId() {
        return id != null;
    }
}
