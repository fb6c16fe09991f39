package io.github.dokploy4j.lifecycle;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.findAll;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

/** WireMock stubs for deploy scenarios: answers that change from one poll to the next. */
final class DeployScenarios {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DeployScenarios() {
    }

    /** {@code application.deploy} answers as self-hosted Dokploy does: 200, empty body, JSON content type. */
    static void deployQueues() {
        stubFor(post(urlEqualTo("/api/application.deploy")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")));
    }

    /** Each GET of the procedure gets the next body; the last one repeats. */
    static void sequence(String procedure, String... bodies) {
        ResponseDefinitionBuilder[] answers = new ResponseDefinitionBuilder[bodies.length];
        for (int i = 0; i < bodies.length; i++) {
            answers[i] = okJson(bodies[i]);
        }
        sequence(procedure, answers);
    }

    /** Each GET of the procedure gets the next answer; the last one repeats. */
    static void sequence(String procedure, ResponseDefinitionBuilder... answers) {
        String scenario = procedure + "-" + UUID.randomUUID();
        for (int i = 0; i < answers.length; i++) {
            ScenarioMappingBuilder stub = get(urlPathEqualTo("/api/" + procedure)).inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "poll-" + i);
            if (i < answers.length - 1) {
                stub = stub.willSetStateTo("poll-" + (i + 1));
            }
            stubFor(stub.willReturn(answers[i]));
        }
    }

    /** The descriptions the client deployed with, in order: each carries its handle's marker. */
    static List<String> sentDescriptions() {
        return findAll(postRequestedFor(urlEqualTo("/api/application.deploy"))).stream().map(request -> {
            try {
                return JSON.readTree(request.getBodyAsString()).path("description").asText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    /** The one description of a single deploy. */
    static String sentDescription() {
        List<String> sent = sentDescriptions();
        return sent.get(sent.size() - 1);
    }

    static void stubGet(String procedure, String body) {
        stubFor(get(urlPathEqualTo("/api/" + procedure)).willReturn(okJson(body)));
    }
}
