package io.kamdesk.adapter.in.rest.identity;

import io.kamdesk.application.identity.port.in.menu.GetMenuUseCase;
import io.kamdesk.application.identity.port.in.menu.MenuItemView;
import io.kamdesk.domain.identity.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Dynamic Menu")
class MenuController {

    private final GetMenuUseCase menu;

    MenuController(GetMenuUseCase menu) {
        this.menu = menu;
    }

    @GetMapping(path = "/api/auth/menu/", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The caller's menu", description = "Items whose permission the caller holds, children "
            + "filtered the same way, ordered by order.")
    @ApiResponse(responseCode = "200", description = "The menu", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = MenuItemResponse.class)),
            examples = @ExampleObject(value = """
            [{"id": 1, "slug": "dashboard", "title": "Dashboard", "path": "/dashboard", "icon": "dashboard",
              "order": 1, "children": []}]""")))
    List<MenuItemResponse> menu(@AuthenticationPrincipal Viewer viewer) {
        return menu.menuFor(viewer).stream().map(MenuItemResponse::from).toList();
    }

    record MenuItemResponse(long id, String slug, String title, String path, String icon, int order,
            List<MenuItemResponse> children) {

        static MenuItemResponse from(MenuItemView view) {
            return new MenuItemResponse(view.id(), view.slug(), view.title(), view.path(), view.icon(), view.order(),
                    view.children().stream().map(MenuItemResponse::from).toList());
        }
    }
}
