package io.kamdesk.adapter.in.rest.identity;

import io.kamdesk.adapter.in.rest.shared.DetailResponse;
import io.kamdesk.adapter.in.rest.shared.Patches;
import io.kamdesk.application.identity.port.in.role.CreateRoleCommand;
import io.kamdesk.application.identity.port.in.role.CreateRoleUseCase;
import io.kamdesk.application.identity.port.in.role.DeleteRoleUseCase;
import io.kamdesk.application.identity.port.in.role.ListRolesUseCase;
import io.kamdesk.application.identity.port.in.role.PermissionRef;
import io.kamdesk.application.identity.port.in.role.PermissionView;
import io.kamdesk.application.identity.port.in.role.RoleView;
import io.kamdesk.application.identity.port.in.role.UpdateRoleCommand;
import io.kamdesk.application.identity.port.in.role.UpdateRoleUseCase;
import io.kamdesk.application.identity.port.in.user.AssignRoleUseCase;
import io.kamdesk.application.shared.Patch;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.FieldErrors;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Reason;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Roles, the permission catalogue and role assignment (admin or super_admin). */
@RestController
@RequestMapping(path = "/api/auth", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Roles & Permissions", description = "Roles with their permissions and data scope")
class RolesController {

    private static final String ROLE_EXAMPLE = """
            {"id": 6, "name": "billing_clerk", "description": "Enters bills", "permissions": [21, 27],
             "permission_codes": ["bills:create", "bills:read"], "data_scope": "all", "is_active": true,
             "is_builtin": false, "user_count": 0, "created_at": "2025-11-06T10:00:00Z",
             "updated_at": "2025-11-06T10:00:00Z"}""";
    private static final String PERMISSION_EXAMPLE = """
            [{"id": 9, "code": "customers:read", "codename": "customers:read", "name": "Read customers",
             "resource": "customers", "action": "read", "description": "List and read customers"}]""";

    private final ListRolesUseCase listRoles;
    private final CreateRoleUseCase createRole;
    private final UpdateRoleUseCase updateRole;
    private final DeleteRoleUseCase deleteRole;
    private final AssignRoleUseCase assignRole;

    RolesController(ListRolesUseCase listRoles, CreateRoleUseCase createRole, UpdateRoleUseCase updateRole,
            DeleteRoleUseCase deleteRole, AssignRoleUseCase assignRole) {
        this.listRoles = listRoles;
        this.createRole = createRole;
        this.updateRole = updateRole;
        this.deleteRole = deleteRole;
        this.assignRole = assignRole;
    }

    @GetMapping("/permissions/")
    @Operation(summary = "List every permission", description = "Codes are resource:action (codename is the same "
            + "code, as Django names it); name is the permission in words, for screens.")
    @ApiResponse(responseCode = "200", description = "The catalogue", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = PermissionResponse.class)),
            examples = @ExampleObject(value = PERMISSION_EXAMPLE)))
    List<PermissionResponse> permissions() {
        return listRoles.listPermissions().stream().map(PermissionResponse::from).toList();
    }

    @GetMapping("/role-choices/")
    @Operation(summary = "Suggested role names", description = "For a role form's name field: the names of the "
            + "existing roles and of common roles not yet created, each with a label in words.")
    @ApiResponse(responseCode = "200", description = "The choices", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = RoleChoice.class)),
            examples = @ExampleObject(value = "[{\"value\": \"accountant\", \"label\": \"Accountant\"}]")))
    List<RoleChoice> roleChoices() {
        return RoleChoice.suggested(listRoles.listRoles().stream().map(RoleView::name).toList());
    }

    @GetMapping("/roles/")
    @Operation(summary = "List roles", description = "With their effective permissions (super_admin: all) and "
            + "the number of users holding each.")
    @ApiResponse(responseCode = "200", description = "The roles", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = RoleResponse.class)),
            examples = @ExampleObject(value = "[" + ROLE_EXAMPLE + "]")))
    List<RoleResponse> roles() {
        return listRoles.listRoles().stream().map(RoleResponse::from).toList();
    }

    @PostMapping(path = "/roles/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a role", description = "permissions: ids or codes (or both mixed); "
            + "permission_codes: codes. Only permissions the caller holds may be granted. data_scope defaults to "
            + "the caller's own scope, is_active to true.")
    @RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"name": "billing_clerk", "description": "Enters bills", "permissions": [21, 27], "is_active": true}""")))
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(
            schema = @Schema(implementation = RoleResponse.class), examples = @ExampleObject(value = ROLE_EXAMPLE)))
    @ApiResponse(responseCode = "403", description = "Grants a permission or a scope the caller does not hold")
    ResponseEntity<RoleResponse> create(@AuthenticationPrincipal Viewer viewer,
            @org.springframework.web.bind.annotation.RequestBody RoleRequest body) {
        CreateRoleCommand draft = new CreateRoleCommand(body.name().orElse(null), Patches.text(body.description()).orElse(""),
                permissions(body).orElse(null), body.dataScope().orElse(null), Patches.value(body.isActive())
                .orElse(null));
        return ResponseEntity.status(HttpStatus.CREATED).body(RoleResponse.from(createRole.createRole(viewer, draft)));
    }

    @GetMapping("/roles/{id}/")
    @Operation(summary = "Get a role")
    @ApiResponse(responseCode = "200", description = "The role", content = @Content(
            schema = @Schema(implementation = RoleResponse.class)))
    RoleResponse get(@PathVariable long id) {
        return RoleResponse.from(listRoles.getRole(id));
    }

    @PutMapping(path = "/roles/{id}/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a role", description = "name and permissions (or permission_codes) are "
            + "required; data_scope and is_active keep their values when absent. Only a super_admin changes a "
            + "built-in role; nobody changes a role that gives more than they hold.")
    @RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"name": "billing_clerk", "description": "Enters bills", "permissions": [21, 27], "is_active": true}""")))
    RoleResponse replace(@AuthenticationPrincipal Viewer viewer, @PathVariable long id,
            @org.springframework.web.bind.annotation.RequestBody RoleRequest body) {
        FieldErrors missing = new FieldErrors();
        if (!body.name().isPresent()) {
            missing.add("name", Reason.REQUIRED);
        }
        if (!body.permissions().isPresent() && !body.permissionCodes().isPresent()) {
            missing.add("permissions", Reason.REQUIRED);
        }
        missing.throwIfAny();
        return update(viewer, id, body);
    }

    @PatchMapping(path = "/roles/{id}/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a role", description = "Only the fields sent change. The caller must hold every "
            + "permission the role gives, before and after; only a super_admin changes a built-in role; built-in "
            + "roles keep their names; super_admin cannot be changed. is_active false: the role grants nothing "
            + "until activated. Holders get the new access within seconds.")
    @RequestBody(content = @Content(examples = @ExampleObject(value = "{\"permissions\": [27], \"is_active\": false}")))
    RoleResponse patch(@AuthenticationPrincipal Viewer viewer, @PathVariable long id,
            @org.springframework.web.bind.annotation.RequestBody RoleRequest body) {
        return update(viewer, id, body);
    }

    private RoleResponse update(Viewer viewer, long id, RoleRequest body) {
        UpdateRoleCommand changes = new UpdateRoleCommand(Patches.text(body.name()), Patches.text(body.description()),
                permissions(body), Patches.text(body.dataScope()), Patches.value(body.isActive()));
        return RoleResponse.from(updateRole.updateRole(viewer, id, changes));
    }

    /** {@code permissions} (ids or codes) and {@code permission_codes} (codes) together; empty when neither is sent. */
    private static Optional<List<PermissionRef>> permissions(RoleRequest body) {
        Optional<List<PermissionRef>> byReference = listed("permissions", body.permissions())
                .map(references -> references.stream()
                        .map(reference -> reference.isId()
                                ? PermissionRef.byId(reference.id())
                                : PermissionRef.byCode(reference.name()))
                        .toList());
        Optional<List<PermissionRef>> byCode = listed("permission_codes", body.permissionCodes())
                .map(codes -> codes.stream().map(PermissionRef::byCode).toList());
        if (byReference.isEmpty() || byCode.isEmpty()) {
            return byReference.or(() -> byCode);
        }
        List<PermissionRef> both = new ArrayList<>(byReference.get());
        both.addAll(byCode.get());
        return Optional.of(both);
    }

    /** A list sent, or none; a list cannot be null (DRF's answer for a many-related field). */
    private static <T> Optional<List<T>> listed(String field, Patch<List<T>> list) {
        if (list.isPresent() && list.value() == null) {
            throw InvalidInputException.of(field, Reason.NULL);
        }
        return Patches.value(list);
    }

    @DeleteMapping("/roles/{id}/")
    @Operation(summary = "Delete a custom role", description = "Built-in roles and roles still held by users "
            + "cannot be deleted, nor a role that gives more than the caller holds.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "409", description = "Users hold the role")
    ResponseEntity<Void> delete(@AuthenticationPrincipal Viewer viewer, @PathVariable long id) {
        deleteRole.deleteRole(viewer, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/assign-role/{userId}/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Assign a role to a user by name")
    @RequestBody(content = @Content(examples = @ExampleObject(value = "{\"role\": \"sales_person\"}")))
    @ApiResponse(responseCode = "200", description = "Assigned", content = @Content(
            schema = @Schema(implementation = DetailResponse.class), examples = @ExampleObject(
            value = "{\"detail\": \"Role assigned\"}")))
    @ApiResponse(responseCode = "404", description = "Unknown user or role")
    @ApiResponse(responseCode = "403", description = "Own role, super_admin protection or escalation")
    DetailResponse assign(@AuthenticationPrincipal Viewer viewer, @PathVariable long userId,
            @org.springframework.web.bind.annotation.RequestBody AssignRoleRequest body) {
        String role = Patches.value(body.role()).filter(name -> !name.isBlank()).orElse(null);
        if (role == null) {
            throw InvalidInputException.of("role", Reason.REQUIRED);
        }
        assignRole.assignRole(viewer, userId, role);
        return new DetailResponse("Role assigned");
    }

    /** A permission as DRF clients know it: {@code codename} is the code, {@code name} the words for screens. */
    record PermissionResponse(long id, String code, String codename, String name, String resource, String action,
            String description) {

        static PermissionResponse from(PermissionView view) {
            return new PermissionResponse(view.id(), view.code(), view.code(), nameOf(view), view.resource(),
                    view.action(), view.description());
        }

        /** "Read customers", "Convert prospects": the action and the resource, in words. */
        private static String nameOf(PermissionView view) {
            String action = view.action().replace('_', ' ');
            return Character.toUpperCase(action.charAt(0)) + action.substring(1) + " "
                    + view.resource().replace('_', ' ');
        }
    }

    /** {@code permissions} are ids (DRF's primary-key list), {@code permission_codes} the same as codes. */
    record RoleResponse(long id, String name, String description, List<Long> permissions,
            List<String> permissionCodes, String dataScope, boolean isActive, boolean isBuiltin, long userCount,
            Instant createdAt, Instant updatedAt) {

        static RoleResponse from(RoleView view) {
            return new RoleResponse(view.id(), view.name(), view.description(), view.permissionIds(),
                    view.permissionCodes(), view.dataScope(), view.active(), view.builtin(), view.userCount(),
                    view.createdAt(), view.updatedAt());
        }
    }

    /** A role name to offer, DRF's choice shape. */
    record RoleChoice(String value, String label) {

        private static final List<String> COMMON = List.of("super_admin", "admin", "sales_manager", "sales_person",
                "viewer", "billing_manager", "accountant", "data_entry");

        static List<RoleChoice> suggested(List<String> existing) {
            Set<String> names = new LinkedHashSet<>(existing);
            names.addAll(COMMON);
            return names.stream().map(name -> new RoleChoice(name, labelOf(name))).toList();
        }

        private static String labelOf(String name) {
            return Arrays.stream(name.split("_")).filter(word -> !word.isEmpty())
                    .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                    .collect(Collectors.joining(" "));
        }
    }
}
