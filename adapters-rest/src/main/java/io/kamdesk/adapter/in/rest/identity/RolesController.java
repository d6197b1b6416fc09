package io.kamdesk.adapter.in.rest.identity;

import io.kamdesk.adapter.in.rest.shared.JsonFields;
import io.kamdesk.application.identity.port.in.AssignRoleUseCase;
import io.kamdesk.application.identity.port.in.CreateRoleUseCase;
import io.kamdesk.application.identity.port.in.DeleteRoleUseCase;
import io.kamdesk.application.identity.port.in.ListRolesUseCase;
import io.kamdesk.application.identity.port.in.PermissionView;
import io.kamdesk.application.identity.port.in.RoleChanges;
import io.kamdesk.application.identity.port.in.RoleDraft;
import io.kamdesk.application.identity.port.in.RoleView;
import io.kamdesk.application.identity.port.in.UpdateRoleUseCase;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
import tools.jackson.databind.JsonNode;

/** Roles, the permission catalogue and role assignment (admin or super_admin). */
@RestController
@RequestMapping(path = "/api/auth", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Roles & Permissions", description = "Roles with their permissions and data scope")
class RolesController {

    private static final String ROLE_EXAMPLE = """
            {"id": 6, "name": "billing_clerk", "description": "Enters bills", "permissions": ["bills:create",
             "bills:read"], "data_scope": "all", "is_builtin": false, "user_count": 0,
             "created_at": "2025-11-06T10:00:00Z", "updated_at": "2025-11-06T10:00:00Z"}""";

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
    @Operation(summary = "List every permission", description = "Codes are resource:action.")
    @ApiResponse(responseCode = "200", description = "The catalogue", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = PermissionResponse.class)),
            examples = @ExampleObject(value = "[{\"id\": 9, \"code\": \"customers:read\", \"resource\": "
                    + "\"customers\", \"action\": \"read\", \"description\": \"List and read customers\"}]")))
    List<PermissionResponse> permissions() {
        return listRoles.listPermissions().stream().map(PermissionResponse::from).toList();
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
    @Operation(summary = "Create a role", description = "Only permissions the caller holds may be granted.")
    @RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"name": "billing_clerk", "description": "Enters bills", "permissions": ["bills:read", "bills:create"],
             "data_scope": "all"}""")))
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(
            schema = @Schema(implementation = RoleResponse.class), examples = @ExampleObject(value = ROLE_EXAMPLE)))
    @ApiResponse(responseCode = "403", description = "Grants a permission the caller does not hold")
    ResponseEntity<RoleResponse> create(@AuthenticationPrincipal Viewer viewer,
            @org.springframework.web.bind.annotation.RequestBody JsonNode body) {
        JsonFields fields = JsonFields.of(body);
        RoleDraft draft = new RoleDraft(fields.text("name").orElse(null), fields.text("description").orElse(""),
                fields.texts("permissions").orElse(null), fields.text("data_scope").orElse(null));
        fields.throwIfInvalid();
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
    @Operation(summary = "Replace a role", description = "name, permissions and data_scope are required.")
    RoleResponse replace(@AuthenticationPrincipal Viewer viewer, @PathVariable long id,
            @org.springframework.web.bind.annotation.RequestBody JsonNode body) {
        JsonFields fields = JsonFields.of(body);
        List<String> missing = List.of("name", "permissions", "data_scope").stream()
                .filter(field -> !fields.has(field)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing.stream().collect(java.util.stream.Collectors.toMap(
                    field -> field, field -> List.of("This field is required."), (a, b) -> a,
                    java.util.LinkedHashMap::new)));
        }
        return update(viewer, id, fields);
    }

    @PatchMapping(path = "/roles/{id}/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a role", description = "Only the fields sent change. Adding a permission needs the "
            + "caller to hold it; built-in roles keep their names; super_admin cannot be changed. Holders get the "
            + "new access within seconds.")
    @RequestBody(content = @Content(examples = @ExampleObject(value = "{\"permissions\": [\"bills:read\"]}")))
    RoleResponse patch(@AuthenticationPrincipal Viewer viewer, @PathVariable long id,
            @org.springframework.web.bind.annotation.RequestBody JsonNode body) {
        return update(viewer, id, JsonFields.of(body));
    }

    private RoleResponse update(Viewer viewer, long id, JsonFields fields) {
        RoleChanges changes = new RoleChanges(fields.text("name"), fields.text("description"),
                fields.texts("permissions"), fields.text("data_scope"));
        fields.throwIfInvalid();
        return RoleResponse.from(updateRole.updateRole(viewer, id, changes));
    }

    @DeleteMapping("/roles/{id}/")
    @Operation(summary = "Delete a custom role", description = "Built-in roles and roles still held by users "
            + "cannot be deleted.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "409", description = "Users hold the role")
    ResponseEntity<Void> delete(@AuthenticationPrincipal Viewer viewer, @PathVariable long id) {
        deleteRole.deleteRole(viewer, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/assign-role/{userId}/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Assign a role to a user by name")
    @RequestBody(content = @Content(examples = @ExampleObject(value = "{\"role\": \"sales_person\"}")))
    @ApiResponse(responseCode = "200", description = "Assigned", content = @Content(examples = @ExampleObject(
            value = "{\"detail\": \"Role assigned\"}")))
    @ApiResponse(responseCode = "404", description = "Unknown user or role")
    @ApiResponse(responseCode = "403", description = "Own role, super_admin protection or escalation")
    Map<String, String> assign(@AuthenticationPrincipal Viewer viewer, @PathVariable long userId,
            @org.springframework.web.bind.annotation.RequestBody JsonNode body) {
        JsonFields fields = JsonFields.of(body);
        String role = fields.text("role").filter(name -> !name.isBlank()).orElse(null);
        fields.throwIfInvalid();
        if (role == null) {
            throw InvalidInputException.of("role", "This field is required.");
        }
        assignRole.assignRole(viewer, userId, role);
        return Map.of("detail", "Role assigned");
    }

    record PermissionResponse(long id, String code, String resource, String action, String description) {

        static PermissionResponse from(PermissionView view) {
            return new PermissionResponse(view.id(), view.code(), view.resource(), view.action(), view.description());
        }
    }

    record RoleResponse(long id, String name, String description, List<String> permissions, String dataScope,
            boolean isBuiltin, long userCount, Instant createdAt, Instant updatedAt) {

        static RoleResponse from(RoleView view) {
            return new RoleResponse(view.id(), view.name(), view.description(), view.permissions(), view.dataScope(),
                    view.builtin(), view.userCount(), view.createdAt(), view.updatedAt());
        }
    }
}
