package io.github.dokploy4j.examples;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dokploy4j.DokployClient;
import java.io.PrintStream;
import java.util.Map;

/**
 * Calls procedures the typed API does not cover, by name ({@code client.procedure(name)}): queries are GET with
 * flat parameters, mutations POST with a JSON body; the server's {@code openapi.json} lists every input.
 */
public final class CallAnyProcedure {
    private CallAnyProcedure() {
    }

    /**
     * Runs the example against {@code DOKPLOY_URL}, or the embedded fake when it is unset.
     *
     * @param args an application id
     */
    public static void main(String[] args) {
        try (ExampleServer server = ExampleServer.connect()) {
            run(server.client(), server.applicationId(args), System.out);
        }
    }

    /**
     * Reads an application with {@code application.one} and prints a few of its fields.
     *
     * @param client the client
     * @param applicationId the application
     * @param out where to print
     * @return the application as JSON
     */
    public static JsonNode run(DokployClient client, String applicationId, PrintStream out) {
        JsonNode app = client.procedure("application.one").query(Map.of("applicationId", applicationId));
        out.println("name:        " + app.path("name").asText());
        out.println("appName:     " + app.path("appName").asText());
        out.println("status:      " + app.path("applicationStatus").asText());
        out.println("deployments: " + app.path("deployments").size());
        return app;
    }
}
