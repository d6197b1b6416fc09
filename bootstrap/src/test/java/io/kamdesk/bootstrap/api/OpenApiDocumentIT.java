package io.kamdesk.bootstrap.api;

import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_EMAIL;
import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_PASSWORD;
import static io.kamdesk.bootstrap.support.TestUsers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.FullStackTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document describes the wire a generated client will meet: no internal schema, property
 * names as they are sent, every example valid against its schema, every operation with the errors it
 * can answer pointing at the one error schema, every parameter with a schema.
 */
@FullStackTest
class OpenApiDocumentIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern WIRE_NAME = Pattern.compile("[a-z][a-z0-9_]*");
    /** The dashboard's customer-wise revenue keeps the camelCase names the API document fixes. */
    private static final Set<String> CONTRACT_CAMEL_CASE = Set.of("customerName", "joinDate", "leaveDate",
            "totalRevenue", "totalDue", "collectionRate");
    private static final Pattern INTERNAL = Pattern.compile(
            "JsonNode|ObjectNode|ArrayNode|Patch.*|Optional.*|Viewer|HttpServlet.*|ResponseEntity.*|Map.*");
    private static final Set<String> INTERNAL_PROPERTIES = Set.of("node_type", "missing_node", "value_node",
            "container_node", "present", "empty");

    @LocalServerPort
    int port;

    JsonNode document;

    @BeforeEach
    void setUp() throws IOException {
        String text = new ApiClient(port).get("/v3/api-docs").body();
        document = JSON.readTree(text);
        // the live document, for the client that bootstrap/api-client-test generates from it
        Files.writeString(Path.of("target", "openapi.json"), text, StandardCharsets.UTF_8);
    }

    @Test
    void schemas_areNoInternalTypes() {
        List<String> internal = new ArrayList<>();
        schemas().forEach(schema -> {
            if (INTERNAL.matcher(schema.getKey()).matches()) {
                internal.add(schema.getKey());
            }
            schema.getValue().path("properties").propertyNames().stream()
                    .filter(INTERNAL_PROPERTIES::contains)
                    .forEach(property -> internal.add(schema.getKey() + "." + property));
        });

        assertThat(internal).isEmpty();
        assertThat(document.toString()).doesNotContain("io.kamdesk").doesNotContain("java.lang");
    }

    @Test
    void propertyNames_areTheWiresNames() {
        List<String> notOnTheWire = new ArrayList<>();
        schemas().forEach(schema -> schema.getValue().path("properties").propertyNames().stream()
                .filter(name -> !WIRE_NAME.matcher(name).matches() && !CONTRACT_CAMEL_CASE.contains(name))
                .forEach(name -> notOnTheWire.add(schema.getKey() + "." + name)));

        assertThat(notOnTheWire).isEmpty();
    }

    @Test
    void everyExample_validatesAgainstItsSchema() {
        List<String> invalid = new ArrayList<>();
        schemas().forEach(schema -> {
            schema.getValue().path("properties").properties().forEach(property -> {
                if (property.getValue().has("example")) {
                    invalid.addAll(problems("schema " + schema.getKey() + "." + property.getKey(),
                            property.getValue(), property.getValue().get("example")));
                }
            });
            if (schema.getValue().has("example")) {
                invalid.addAll(problems("schema " + schema.getKey(), schema.getValue(),
                        schema.getValue().get("example")));
            }
        });
        operations().forEach(operation -> {
            operation.node().path("requestBody").path("content").properties().forEach(media ->
                    invalid.addAll(examplesOf(operation.name() + " request", media.getValue())));
            operation.node().path("responses").properties().forEach(response ->
                    response.getValue().path("content").properties().forEach(media -> invalid.addAll(
                            examplesOf(operation.name() + " " + response.getKey(), media.getValue()))));
        });

        assertThat(invalid).isEmpty();
    }

    @Test
    void everyOperation_documentsItsErrorsWithTheErrorSchema() {
        List<String> missing = new ArrayList<>();
        operations().forEach(operation -> {
            JsonNode responses = operation.node().path("responses");
            for (String status : List.of("400", "503")) {
                if (!responses.has(status)) {
                    missing.add(operation.name() + " has no " + status);
                }
            }
            responses.properties().forEach(response -> {
                if (response.getKey().matches("[45]\\d\\d")) {
                    JsonNode schema = response.getValue().path("content").path("application/json").path("schema");
                    if (!schema.path("$ref").asString("").equals("#/components/schemas/Error")) {
                        missing.add(operation.name() + " " + response.getKey() + " is not an Error");
                    }
                }
            });
        });
        assertThat(document.path("paths").path("/api/customers/").path("post").path("responses").propertyNames())
                .contains("400", "401", "403", "413", "415", "503");

        assertThat(missing).isEmpty();
    }

    @Test
    void everyParameter_hasASchema() {
        List<String> without = new ArrayList<>();
        operations().forEach(operation -> operation.node().path("parameters").forEach(parameter -> {
            if (!parameter.has("schema") || parameter.path("schema").isEmpty()) {
                without.add(operation.name() + " " + parameter.path("name").asString());
            }
        }));
        JsonNode export = document.path("paths").path("/api/customers/export/").path("get").path("parameters");

        assertThat(without).isEmpty();
        assertThat(export.toString()).contains("\"format\"").contains("\"excel\"");
    }

    @Test
    void operationIds_areUniqueNamesWithoutNumbers() {
        List<String> ids = operations().stream().map(operation -> operation.node().path("operationId").asString())
                .toList();

        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z][A-Za-z]+"));
        assertThat(ids).contains("listCustomers", "createBill", "getCustomer", "login", "importCustomers", "kpis");
    }

    @Test
    void requestBodies_areTypedRecords() {
        List<String> untyped = new ArrayList<>();
        operations().forEach(operation -> operation.node().path("requestBody").path("content")
                .properties().forEach(media -> {
                    if (media.getKey().equals("application/json")
                            && !media.getValue().path("schema").has("$ref")) {
                        untyped.add(operation.name());
                    }
                }));

        assertThat(untyped).isEmpty();
        assertThat(document.path("components").path("schemas").path("CustomerRequest").path("properties")
                .path("assigned_sales_person").path("type").toString()).contains("integer").contains("null");
    }

    /**
     * A request property whose schema admits {@code null} takes it in a PATCH, and one whose schema
     * does not is refused under its own name: the document and the wire agree on null.
     */
    @Test
    void null_isRefusedExactlyWhereTheDocumentSaysSo() {
        String token = new ApiClient(port).logIn(ADMIN_EMAIL, ADMIN_PASSWORD).access();
        ApiClient api = new ApiClient(port);
        long customer = created(api.post("/api/customers/", Map.of("name", "Null Ltd", "email",
                uniqueEmail("null"), "phone", "+8801711222333"), token));
        Map<String, String> writable = Map.of(
                "CustomerRequest", "/api/customers/" + customer + "/",
                "ProspectRequest", "/api/customers/prospects/" + created(api.post("/api/customers/prospects/",
                        Map.of("name", "Null Lead", "email", uniqueEmail("lead"), "phone", "+8801711222333"),
                        token)) + "/",
                "BillRequest", "/api/bills/" + created(api.post("/api/bills/", Map.of("customer", customer), token))
                        + "/",
                "UserRequest", "/api/users/" + created(api.post("/api/users/", Map.of("email", uniqueEmail("nul"),
                        "username", "null_" + System.nanoTime(), "password", "Xyzzy-Plugh-77"), token)) + "/",
                "RoleRequest", "/api/auth/roles/" + created(api.post("/api/auth/roles/", Map.of("name",
                        "null_role_" + System.nanoTime(), "permissions", List.of()), token)) + "/");
        List<String> disagreements = new ArrayList<>();

        writable.forEach((schema, path) -> document.path("components").path("schemas").path(schema)
                .path("properties").properties().forEach(property -> {
                    Map<String, Object> body = new java.util.HashMap<>();
                    body.put(property.getKey(), null);
                    ApiClient.Response answer = api.patch(path, body, token);
                    boolean documented = admitsNull(property.getValue());
                    boolean refused = answer.status() == 400 && answer.json().has(property.getKey());
                    if (documented == refused && !CREATE_ONLY_NULL.contains(schema + "." + property.getKey())) {
                        disagreements.add(schema + "." + property.getKey() + " null: " + answer.status());
                    }
                }));

        assertThat(disagreements).isEmpty();
    }

    /** Null (the caller) is taken on create only: an update cannot leave a prospect without its KAM. */
    private static final Set<String> CREATE_ONLY_NULL = Set.of("ProspectRequest.sales_person");

    private boolean admitsNull(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asString().substring("#/components/schemas/".length());
            return admitsNull(document.path("components").path("schemas").path(name));
        }
        if (schema.path("type").toString().contains("\"null\"")) {
            return true;
        }
        for (String alternatives : List.of("oneOf", "anyOf")) {
            for (JsonNode alternative : schema.path(alternatives)) {
                if (admitsNull(alternative)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long created(ApiClient.Response answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().path("id").asLong();
    }

    private List<String> examplesOf(String where, JsonNode media) {
        List<String> problems = new ArrayList<>();
        JsonNode schema = media.path("schema");
        if ((media.has("example") || media.has("examples")) && !schema.isObject()) {
            return List.of(where + ": an example without a schema");
        }
        if (media.has("example")) {
            problems.addAll(problems(where, schema, media.get("example")));
        }
        media.path("examples").properties().forEach(example ->
                problems.addAll(problems(where + " example " + example.getKey(), schema,
                        example.getValue().path("value"))));
        return problems;
    }

    /** The example's problems against the schema, which may refer to the document's components. */
    private List<String> problems(String where, JsonNode schema, JsonNode example) {
        JsonNode value = example.isString() && looksLikeJson(example.asString())
                ? JSON.readTree(example.asString())
                : example;
        ObjectNode standalone = (ObjectNode) JSON.readTree(schema.toString()
                .replace("#/components/schemas/", "#/$defs/"));
        standalone.set("$defs", JSON.readTree(document.path("components").path("schemas").toString()
                .replace("#/components/schemas/", "#/$defs/")));
        Schema validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(standalone);
        List<Error> errors = validator.validate(value);
        return errors.stream().map(error -> where + ": " + error.getMessage()).toList();
    }

    private static boolean looksLikeJson(String text) {
        String trimmed = text.strip();
        return trimmed.startsWith("{") || trimmed.startsWith("[");
    }

    private List<Map.Entry<String, JsonNode>> schemas() {
        return new ArrayList<>(document.path("components").path("schemas").properties());
    }

    private List<NamedOperation> operations() {
        List<NamedOperation> operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                operations.add(new NamedOperation(operation.getKey().toUpperCase() + " " + path.getKey(),
                        operation.getValue()))));
        return operations;
    }

    private record NamedOperation(String name, JsonNode node) {
    }
}
