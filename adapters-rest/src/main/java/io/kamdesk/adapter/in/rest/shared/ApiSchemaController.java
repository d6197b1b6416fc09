package io.kamdesk.adapter.in.rest.shared;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /api/schema/}: the OpenAPI document at the address the frontend's tooling expects. */
@Controller
@Hidden
public class ApiSchemaController {

    @GetMapping("/api/schema/")
    String schema() {
        return "forward:/v3/api-docs";
    }
}
