package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code domain.create}, {@code one}, {@code update}, {@code delete}, {@code byApplicationId} and {@code byComposeId}
 * (captures-resources 017–020, 028, 041; the checks and relations read from Dokploy's domain router and service).
 */
final class DomainRouter {

    private final FakeState state;
    private final ResourceRemoval removal;

    DomainRouter(FakeState state, ResourceRemoval removal) {
        this.state = state;
        this.removal = removal;
    }

    void register(ProcedureTable table) {
        table.add(OpenApiInputs.procedure("domain.create", this::create));
        table.add(OpenApiInputs.procedure("domain.one", input -> withApplication(find(input))));
        table.add(OpenApiInputs.procedure("domain.update", this::update));
        table.add(OpenApiInputs.procedure("domain.delete", this::delete));
        table.add(OpenApiInputs.procedure("domain.byApplicationId", this::byApplicationId));
        table.add(OpenApiInputs.procedure("domain.byComposeId", this::byComposeId));
    }

    private DomainRecord find(ValidInput input) {
        DomainRecord domain = state.domains.get(input.text("domainId"));
        if (domain == null) {
            throw TrpcError.notFound("Domain not found");
        }
        return domain;
    }

    /**
     * The router looks the service up when {@code domainType} names its kind; any failure of {@code create} is
     * rethrown as a 400 with the failure's message.
     */
    private JsonNode create(ValidInput input) {
        String type = input.text("domainType");
        String applicationId = input.text("applicationId");
        String composeId = input.text("composeId");
        if ("compose".equals(type) && composeId != null && state.service(ServiceKind.COMPOSE, composeId) == null) {
            throw TrpcError.badRequest("Compose not found");
        }
        if ("application".equals(type) && applicationId != null
                && state.service(ServiceKind.APPLICATION, applicationId) == null) {
            throw TrpcError.badRequest("Application not found");
        }
        if (applicationId != null && state.service(ServiceKind.APPLICATION, applicationId) == null) {
            throw TrpcError.badRequest(foreignKeyViolation("applicationId", "application"));
        }
        if (composeId != null && state.service(ServiceKind.COMPOSE, composeId) == null) {
            throw TrpcError.badRequest(foreignKeyViolation("composeId", "compose"));
        }
        return new ResourceCreator(state).domain(input.values()).row.deepCopy();
    }

    private static String foreignKeyViolation(String column, String table) {
        return "insert or update on table \"domain\" violates foreign key constraint \"domain_" + column + "_"
                + table + "_" + column + "_fk\"";
    }

    /** Answers the updated row, without relations. */
    private JsonNode update(ValidInput input) {
        DomainRecord domain = find(input);
        ResourceCreator.copyGiven(input.values(), domain.row);
        return domain.row.deepCopy();
    }

    private JsonNode delete(ValidInput input) {
        DomainRecord domain = find(input);
        removal.domain(domain);
        return domain.row.deepCopy();
    }

    private JsonNode byApplicationId(ValidInput input) {
        String applicationId = input.text("applicationId");
        if (state.service(ServiceKind.APPLICATION, applicationId) == null) {
            throw TrpcError.notFound("Application not found");
        }
        ArrayNode domains = WireJson.array();
        state.domains.values().stream()
                .filter(domain -> applicationId.equals(domain.applicationId()))
                .forEach(domain -> domains.add(withApplication(domain)));
        return domains;
    }

    private JsonNode byComposeId(ValidInput input) {
        String composeId = input.text("composeId");
        if (state.service(ServiceKind.COMPOSE, composeId) == null) {
            throw TrpcError.notFound("Compose not found");
        }
        ArrayNode domains = WireJson.array();
        state.domains.values().stream()
                .filter(domain -> composeId.equals(domain.composeId()))
                .forEach(domain -> {
                    ObjectNode json = domain.row.deepCopy();
                    json.set("compose", WireJson.pick(state.services.get(composeId).row, "composeId", "appName",
                            "name"));
                    domains.add(json);
                });
        return domains;
    }

    /** {@code findDomainById}: the row and {@code application{applicationId, appName, name}}, or null. */
    private ObjectNode withApplication(DomainRecord domain) {
        ObjectNode json = domain.row.deepCopy();
        ServiceRecord application = domain.applicationId() == null ? null
                : state.service(ServiceKind.APPLICATION, domain.applicationId());
        json.set("application", application == null ? NullNode.getInstance()
                : WireJson.pick(application.row, "applicationId", "appName", "name"));
        return json;
    }
}
