package io.kamdesk.adapter.in.rest.shared;

import io.kamdesk.application.shared.PageRequest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * What every operation of the OpenAPI document shares, written once: the list parameters of
 * {@link ListQuery} endpoints, and the error answers with their one schema ({@code Error}:
 * {@code detail}, {@code code}, {@code request_id}, and field errors as lists of sentences).
 * Which errors an operation can answer follows from its shape and its access rule.
 */
@Component
public class ApiDocumentConventions implements OperationCustomizer, OpenApiCustomizer {

    static final String ERROR_SCHEMA = "Error";
    private static final String LIST_MARK = "x-kamdesk-list";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final Set<String> RESOURCE_VERBS = Set.of("list", "get", "create", "replace",
            "patch", "update", "delete");
    private static final String ERROR_REF = "#/components/schemas/" + ERROR_SCHEMA;
    private static final Map<String, String> ERRORS = errors();
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Predicate<String> publicPath;

    /** @param publicPath whether an operation ({@code "GET /api/…"}) is open to anyone */
    public ApiDocumentConventions(DocumentedAccess access) {
        this.publicPath = access::isPublic;
    }

    /** Which operations need no signed-in user; the authorization matrix answers it. */
    public interface DocumentedAccess {
        boolean isPublic(String methodAndPath);
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        operation.setOperationId(operationId(handler));
        ListQuery list = handler.getMethodAnnotation(ListQuery.class);
        if (list != null) {
            addListParameters(operation, list);
            if (!list.download()) {
                operation.addExtension(LIST_MARK, true);
            }
        }
        return operation;
    }

    @Override
    public void customise(OpenAPI document) {
        document.getComponents().addSchemas(ERROR_SCHEMA, errorSchema());
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            addErrors(path, method, operation);
            versionedRoute(path, method).ifPresent(route -> addVersionHeaders(method, operation));
            if (method == PathItem.HttpMethod.POST
                    && IdempotentPosts.takeKeys(path, !publicPath.test(method + " " + path))) {
                addIdempotencyKey(operation);
            }
            if (operation.getExtensions() != null && operation.getExtensions().remove(LIST_MARK) != null) {
                answerListOrPage(document, operation);
            }
        }));
        everyPropertyWritten(document);
    }

    /**
     * A list answers a bare array, or with paging parameters the envelope {@code {count, next, previous,
     * results}}: its 200 is one of the two.
     */
    private static void answerListOrPage(OpenAPI document, Operation operation) {
        ApiResponse ok = operation.getResponses().get("200");
        if (ok == null || ok.getContent() == null) {
            return;
        }
        for (MediaType media : ok.getContent().values()) {
            Schema<?> array = media.getSchema();
            if (array == null || array.getItems() == null || array.getItems().get$ref() == null) {
                continue;
            }
            String item = array.getItems().get$ref().substring(SCHEMAS.length());
            String list = item + "List";
            String page = item + "Page";
            document.getComponents().addSchemas(list, new ArraySchema()
                    .description("Every matching row, as a list without paging parameters answers it")
                    .items(new Schema<>().$ref(SCHEMAS + item)));
            document.getComponents().addSchemas(page, new ObjectSchema()
                    .description("A page of a list, with the number of all matching rows")
                    .addProperty("count", new IntegerSchema().format("int64"))
                    .addProperty("next", link("The next page's address, or null"))
                    .addProperty("previous", link("The previous page's address, or null"))
                    .addProperty("results", new ArraySchema().items(new Schema<>().$ref(SCHEMAS + item)))
                    .required(List.of("count", "next", "previous", "results")));
            Schema<?> either = new Schema<>();
            either.oneOf(List.of(new Schema<>().$ref(SCHEMAS + list), new Schema<>().$ref(SCHEMAS + page)));
            either.description("Without page and page_size: every matching row; with either: one page");
            document.getComponents().addSchemas(list + "OrPage", either);
            media.setSchema(new Schema<>().$ref(SCHEMAS + list + "OrPage"));
        }
    }

    private static Schema<?> link(String description) {
        Schema<?> link = new StringSchema().description(description);
        link.addType("null");
        return link;
    }

    /** The API writes every property of what it answers, null or not: each is required. */
    private static void everyPropertyWritten(OpenAPI document) {
        Map<String, Schema> schemas = document.getComponents().getSchemas();
        Set<String> answered = new LinkedHashSet<>();
        document.getPaths().values().forEach(item -> item.readOperations().forEach(operation ->
                operation.getResponses().values().forEach(response -> {
                    if (response.getContent() != null) {
                        response.getContent().values().forEach(media -> collectReferences(media.getSchema(),
                                schemas, answered));
                    }
                })));
        answered.remove(ERROR_SCHEMA);
        answered.forEach(name -> {
            Schema<?> schema = schemas.get(name);
            if (schema.getProperties() != null && schema.getRequired() == null) {
                schema.setRequired(List.copyOf(schema.getProperties().keySet()));
            }
        });
    }

    private static void collectReferences(Schema<?> schema, Map<String, Schema> schemas, Set<String> found) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(SCHEMAS.length());
            if (found.add(name)) {
                collectReferences(schemas.get(name), schemas, found);
            }
            return;
        }
        collectReferences(schema.getItems(), schemas, found);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> collectReferences(property, schemas, found));
        }
        for (List<Schema> alternatives : Arrays.asList(schema.getOneOf(), schema.getAnyOf(),
                schema.getAllOf())) {
            if (alternatives != null) {
                alternatives.forEach(alternative -> collectReferences(alternative, schemas, found));
            }
        }
    }

    /**
     * A name a generated client can call, unique across the API: a handler named for what it does
     * ({@code importCustomers}, {@code convert}) keeps its name; the resource verbs get their
     * controller's noun, plural for a list and singular for one row ({@code CustomersController}:
     * {@code listCustomers}, {@code getCustomer}).
     */
    private static String operationId(HandlerMethod handler) {
        String name = handler.getMethod().getName();
        if (!RESOURCE_VERBS.contains(name)) {
            return name;
        }
        String resources = handler.getBeanType().getSimpleName().replace("Controller", "");
        boolean oneRow = !name.equals("list") && resources.endsWith("s");
        return name + (oneRow ? resources.substring(0, resources.length() - 1) : resources);
    }

    private static void addListParameters(Operation operation, ListQuery list) {
        List<String> fields = ListParameters.orderingNames(list.ordering());
        String term = "-?(" + String.join("|", fields) + ")";
        add(operation, query("search", "Case-insensitive substring match in " + list.search(), new StringSchema()));
        add(operation, query("ordering", "Comma-separated fields, - for descending: " + String.join(", ", fields),
                new StringSchema().pattern("^" + term + "(," + term + ")*$").example(fields.getFirst())));
        add(operation, query("page", "Page number from 1; with it (or a page size) the answer is the envelope "
                + "{count, next, previous, results}", new IntegerSchema().minimum(BigDecimal.ONE)));
        add(operation, query("page_size", "Rows per page (default " + PageRequest.DEFAULT_SIZE + "); pageSize is "
                + "accepted as well", pageSize()));
        if (list.download()) {
            add(operation, query("format", "csv (the default), excel or xlsx",
                    new StringSchema()._enum(List.of("csv", "excel", "xlsx"))));
        }
    }

    private static Schema<?> pageSize() {
        return new IntegerSchema().minimum(BigDecimal.ONE)
                .maximum(BigDecimal.valueOf(PageRequest.MAX_SIZE));
    }

    private static Parameter query(String name, String description, Schema<?> schema) {
        return new Parameter().in("query").name(name).required(false).description(description).schema(schema);
    }

    private static void add(Operation operation, Parameter parameter) {
        boolean declared = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(existing -> existing.getName().equals(parameter.getName()));
        if (!declared) {
            operation.addParametersItem(parameter);
        }
    }

    private void addErrors(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses();
        responses.forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                pointAtErrorSchema(response);
            }
        });
        boolean isPublic = publicPath.test(method + " " + path);
        boolean hasBody = operation.getRequestBody() != null;
        addIfMissing(responses, "400");
        if (!isPublic) {
            addIfMissing(responses, "401");
            addIfMissing(responses, "403");
        }
        if (path.contains("{") || isPagedList(operation)) {
            addIfMissing(responses, "404");
        }
        if (hasBody) {
            addIfMissing(responses, "413");
            addIfMissing(responses, "415");
        }
        addIfMissing(responses, "503");
    }

    /**
     * The POSTs {@link IdempotentPosts} names may be retried safely with an Idempotency-Key: the
     * header, the answer replayed with Idempotent-Replayed, and the key's own refusals.
     */
    private static void addIdempotencyKey(Operation operation) {
        operation.addParametersItem(new HeaderParameter().name(IDEMPOTENCY_KEY)
                .description("A key of the client's choosing (1 to 255 visible ASCII characters, a UUID for "
                        + "instance) that makes a retry safe: a repeat of the same request with the same key gets "
                        + "the first answer again (Idempotent-Replayed: true) without running it; kept 24 h.")
                .schema(new StringSchema().maxLength(255)));
        operation.getResponses().forEach((status, response) -> {
            if (status.startsWith("2") || status.startsWith("4") && !status.equals("409") && !status.equals("422")) {
                response.addHeaderObject("Idempotent-Replayed", new Header().description(
                        "true when this is the stored answer of an earlier request with the same Idempotency-Key")
                        .schema(new StringSchema()._enum(List.of("true"))));
            }
        });
        addIfMissing(operation.getResponses(), "409");
        addIfMissing(operation.getResponses(), "422");
        operation.getResponses().get("409").addHeaderObject("Retry-After", new Header()
                .description("Seconds to wait before trying again").schema(new IntegerSchema()));
    }

    private static Optional<VersionedRoutes.Route> versionedRoute(String path, PathItem.HttpMethod method) {
        return VersionedRoutes.ROUTES.stream().filter(route -> route.template().equals(path)
                && route.action() == (method == PathItem.HttpMethod.POST)).findFirst();
    }

    /**
     * A versioned record's ETag on its answers; If-None-Match (304) on its reads; If-Match (412, and
     * 428 when required) on its writes.
     */
    private static void addVersionHeaders(PathItem.HttpMethod method, Operation operation) {
        Header etag = new Header().description("The record's version, a strong tag such as \"4\": send it back in "
                + "If-Match to write only if nobody has since, or in If-None-Match to read only if it changed")
                .schema(new StringSchema());
        ApiResponses responses = operation.getResponses();
        responses.forEach((status, response) -> {
            if (status.startsWith("2") && method != PathItem.HttpMethod.DELETE || status.equals("412")) {
                response.addHeaderObject("ETag", etag);
            }
        });
        if (method == PathItem.HttpMethod.GET) {
            operation.addParametersItem(new HeaderParameter().name("If-None-Match").description("An ETag read "
                    + "before: 304 without a body when the record still has it").schema(new StringSchema()));
            responses.addApiResponse("304", new ApiResponse().description("Not modified: the record still has the "
                    + "ETag sent in If-None-Match").addHeaderObject("ETag", etag));
            return;
        }
        operation.addParametersItem(new HeaderParameter().name("If-Match").description("The ETag read before: the "
                + "write is made only if the record still has it (else 412, nothing written); * for any version")
                .schema(new StringSchema()));
        addIfMissing(responses, "412");
        responses.get("412").addHeaderObject("ETag", etag);
        addIfMissing(responses, "428");
    }

    private static boolean isPagedList(Operation operation) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(parameter -> "page".equals(parameter.getName()));
    }

    private static void addIfMissing(ApiResponses responses, String status) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, errorResponse(ERRORS.get(status), status));
        }
    }

    private static ApiResponse errorResponse(String description, String status) {
        ApiResponse response = new ApiResponse().description(description)
                .content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                        new MediaType().schema(new Schema<>().$ref(ERROR_REF))));
        if (status.equals("503") || status.equals("429")) {
            response.addHeaderObject("Retry-After", new Header().description("Seconds to wait before trying again")
                    .schema(new IntegerSchema()));
        }
        return response;
    }

    /** An error answer's body is an Error, whatever an annotation said; its examples stay. */
    private static void pointAtErrorSchema(ApiResponse response) {
        if (response.get$ref() != null) {
            return;
        }
        if (response.getContent() == null || response.getContent().isEmpty()) {
            response.setContent(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                    new MediaType()));
        }
        Map<String, MediaType> json = response.getContent().entrySet().stream()
                .collect(Collectors.toMap(entry -> org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                        Map.Entry::getValue, (first, second) -> first, LinkedHashMap::new));
        MediaType media = json.values().iterator().next();
        media.setSchema(new Schema<>().$ref(ERROR_REF));
        Content content = new Content();
        content.putAll(json);
        response.setContent(content);
    }

    private static Schema<?> errorSchema() {
        return new ObjectSchema()
                .description("Every 4xx and 5xx answer. Invalid input adds the fields in error at top level, each "
                        + "with its sentences (DRF style): {\"detail\": \"Invalid input.\", \"code\": \"invalid\", "
                        + "\"email\": [\"Enter a valid email address.\"]}.")
                .addProperty("detail", new StringSchema().description("A sentence for a person"))
                .addProperty("code", new StringSchema().description("Stable and machine-readable: invalid, "
                        + "parse_error, not_authenticated, token_not_valid, permission_denied, not_found, throttled, "
                        + "service_unavailable, …"))
                .addProperty("request_id", new StringSchema().description("The request's id, as in X-Request-Id"))
                .additionalProperties(new ArraySchema().items(new StringSchema()))
                .required(List.of("detail", "code"));
    }

    private static Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("400", "Invalid input: field errors, a malformed query value or body (code invalid, "
                + "parse_error)");
        errors.put("401", "Not signed in, or the access token is not valid (not_authenticated, token_not_valid)");
        errors.put("403", "The caller's role lacks the permission, or the action is not allowed to them");
        errors.put("404", "No such record within the caller's scope, or a page past the end");
        errors.put("413", "The request body is larger than the limit");
        errors.put("415", "The body is not sent as the media type this operation takes");
        errors.put("409", "The record's state refuses it (see the operation), or the first request with this "
                + "Idempotency-Key is still running (idempotency_key_in_progress; retry after Retry-After seconds)");
        errors.put("422", "This Idempotency-Key was used with another request (idempotency_key_reused)");
        errors.put("412", "The record has changed since the ETag sent in If-Match was read: nothing was written "
                + "(precondition_failed); the answer's ETag is the current one");
        errors.put("428", "If-Match is required for writes here (precondition_required; "
                + "kamdesk.api.require-if-match)");
        errors.put("503", "The database cannot be reached right now: nothing was done, try again after Retry-After "
                + "seconds");
        return errors;
    }
}
