package io.github.dokploy4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.dokploy4j.deployment.AsyncDeployments;
import io.github.dokploy4j.deployment.Deployments;
import io.github.dokploy4j.deployment.ServiceType;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad arguments fail before anything is sent, in both views, naming the parameter. */
class ArgumentChecksTest {
    private final ScriptedTransport server = new ScriptedTransport();
    private final DokployClient client = TestClients.builder(server, new TestClients.RecordingDelayer()).build();

    static Stream<Arguments> idMethods() {
        return Stream.of(
                Arguments.of("applicationId", (BiConsumer<Deployments, String>) Deployments::all,
                        (BiConsumer<AsyncDeployments, String>) AsyncDeployments::all),
                Arguments.of("composeId", (BiConsumer<Deployments, String>) Deployments::allByCompose,
                        (BiConsumer<AsyncDeployments, String>) AsyncDeployments::allByCompose),
                Arguments.of("serverId", (BiConsumer<Deployments, String>) Deployments::allByServer,
                        (BiConsumer<AsyncDeployments, String>) AsyncDeployments::allByServer),
                Arguments.of("id", (BiConsumer<Deployments, String>) (d, id) -> d.allByType(ServiceType.APPLICATION, id),
                        (BiConsumer<AsyncDeployments, String>) (d, id) -> d.allByType(ServiceType.APPLICATION, id)),
                Arguments.of("deploymentId", (BiConsumer<Deployments, String>) Deployments::killProcess,
                        (BiConsumer<AsyncDeployments, String>) AsyncDeployments::killProcess),
                Arguments.of("deploymentId", (BiConsumer<Deployments, String>) Deployments::removeDeployment,
                        (BiConsumer<AsyncDeployments, String>) AsyncDeployments::removeDeployment),
                Arguments.of("deploymentId", (BiConsumer<Deployments, String>) Deployments::readLogs,
                        (BiConsumer<AsyncDeployments, String>) AsyncDeployments::readLogs),
                Arguments.of("deploymentId", (BiConsumer<Deployments, String>) (d, id) -> d.readLogs(id, 10),
                        (BiConsumer<AsyncDeployments, String>) (d, id) -> d.readLogs(id, 10)));
    }

    @ParameterizedTest
    @MethodSource("idMethods")
    void nullIdsAreRefusedByName(String parameter, BiConsumer<Deployments, String> sync,
            BiConsumer<AsyncDeployments, String> async) {
        assertThatNullPointerException().isThrownBy(() -> sync.accept(client.deployments(), null))
                .withMessage(parameter + " must not be null");
        assertThatNullPointerException().isThrownBy(() -> async.accept(client.async().deployments(), null))
                .withMessage(parameter + " must not be null");
        assertThat(server.requests()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("idMethods")
    void blankIdsAreRefusedByName(String parameter, BiConsumer<Deployments, String> sync,
            BiConsumer<AsyncDeployments, String> async) {
        assertThatIllegalArgumentException().isThrownBy(() -> sync.accept(client.deployments(), " \t"))
                .withMessage(parameter + " must not be blank");
        assertThatIllegalArgumentException().isThrownBy(() -> async.accept(client.async().deployments(), ""))
                .withMessage(parameter + " must not be blank");
        assertThat(server.requests()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 10_001, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void tailOutsideOneToTenThousandIsRefused(int tail) {
        assertThatIllegalArgumentException().isThrownBy(() -> client.deployments().readLogs("d1", tail))
                .withMessage("tail must be between 1 and 10000, was " + tail);
        assertThatIllegalArgumentException().isThrownBy(() -> client.async().deployments().readLogs("d1", tail))
                .withMessageStartingWith("tail must be between 1 and 10000");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aNullServiceTypeIsRefused() {
        assertThatNullPointerException().isThrownBy(() -> client.deployments().allByType(null, "a1"))
                .withMessage("type must not be null");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void theTailLimitsThemselvesAreAccepted() {
        server.answer(200, "\"\"").answer(200, "\"\"");

        client.deployments().readLogs("d1", 1);
        client.deployments().readLogs("d1", 10_000);

        assertThat(server.requests()).extracting(r -> r.uri().getRawQuery())
                .containsExactly("deploymentId=d1&tail=1", "deploymentId=d1&tail=10000");
    }
}
