package io.github.dokploy4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.FakeDokployExtension;
import io.github.dokploy4j.testkit.RecordedRequest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code dokploy api} against the testkit's fake Dokploy: queries with arguments (sent as GET with flat parameters, the
 * REST route the official Node CLI 0.30.7 gets wrong), mutations (POST with a JSON body), inputs from flags,
 * {@code --data} and standard input, and inputs refused before anything is sent.
 */
class ApiCommandTest {
    @RegisterExtension
    static final FakeDokployExtension DOKPLOY = FastFake.perClass();

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void forgetEarlierRequests(FakeDokploy fake) {
        fake.clearRequests();
    }

    @Test
    void aQueryWithAnArgumentIsAGetWithItsParameterAndPrintsTheAnswer(FakeDokploy fake) throws Exception {
        String app = fake.createApplication("billing");

        CliRunner.Result result = CliRunner.against(fake).run("api", "application.one", "--applicationId", app);

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode answer = JSON.readTree(result.out());
        assertThat(answer.path("applicationId").asText()).isEqualTo(app);
        assertThat(answer.path("name").asText()).isEqualTo("billing");
        RecordedRequest request = only(fake, "application.one");
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.queryParams()).containsEntry("applicationId", List.of(app));
    }

    @Test
    void aNumberAndAnEnumOfAQueryAreSentAsTheServerReadsThem(FakeDokploy fake) {
        String app = fake.createApplication("reports");

        CliRunner.Result byType = CliRunner.against(fake)
                .run("api", "deployment.allByType", "--type", "application", "--id", app);
        CliRunner.Result logs = CliRunner.against(fake)
                .run("api", "deployment.readLogs", "--deploymentId", "no-such-deployment", "--tail=5");

        assertThat(byType.exitCode()).as(byType.err()).isZero();
        assertThat(byType.out().strip()).isEqualTo("[]");
        assertThat(only(fake, "deployment.allByType").queryParams())
                .containsEntry("type", List.of("application")).containsEntry("id", List.of(app));
        assertThat(logs.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(only(fake, "deployment.readLogs").queryParams()).containsEntry("tail", List.of("5"));
    }

    @Test
    void pipedOutputIsOneLineAndATerminalGetsItIndented(FakeDokploy fake) {
        String app = fake.createApplication("indent");

        CliRunner.Result piped = CliRunner.against(fake).run("api", "application.one", "--applicationId", app);
        CliRunner.Result terminal = CliRunner.against(fake).onTerminal()
                .run("api", "application.one", "--applicationId", app);
        CliRunner.Result terminalJson = CliRunner.against(fake).onTerminal()
                .run("--json", "api", "application.one", "--applicationId", app);

        assertThat(piped.out().lines()).hasSize(1);
        assertThat(terminal.out().lines().count()).isGreaterThan(10);
        assertThat(terminal.out()).contains("\n  \"applicationId\" : \"" + app + "\"");
        assertThat(terminalJson.out().lines()).hasSize(1);
    }

    @Test
    void mutationsArePostsWithTheFieldsConvertedAsTheInputExpects(FakeDokploy fake) throws Exception {
        CliRunner.Result project = CliRunner.against(fake).run("api", "project.create", "--name", "shop",
                "--description", "from the CLI");
        JsonNode created = JSON.readTree(project.out());
        String environmentId = created.path("environment").path("environmentId").asText();
        CliRunner.Result application = CliRunner.against(fake).run("api", "application.create", "--name", "web",
                "--environmentId", environmentId);
        String app = JSON.readTree(application.out()).path("applicationId").asText();

        CliRunner.Result domain = CliRunner.against(fake).run("api", "domain.create", "--host", "shop.example.com",
                "--applicationId", app, "--port", "8080", "--https", "true", "--certificateType", "letsencrypt",
                "--middlewares", "gzip", "--middlewares", "auth");

        assertThat(project.exitCode()).as(project.err()).isZero();
        assertThat(created.path("project").path("name").asText()).isEqualTo("shop");
        assertThat(application.exitCode()).as(application.err()).isZero();
        assertThat(domain.exitCode()).as(domain.err()).isZero();
        JsonNode sent = JSON.readTree(only(fake, "domain.create").body());
        assertThat(only(fake, "domain.create").method()).isEqualTo("POST");
        assertThat(sent.path("port").isIntegralNumber()).isTrue();
        assertThat(sent.path("port").asInt()).isEqualTo(8080);
        assertThat(sent.path("https").isBoolean()).isTrue();
        assertThat(sent.path("certificateType").asText()).isEqualTo("letsencrypt");
        assertThat(sent.path("middlewares")).hasSize(2);
        assertThat(JSON.readTree(domain.out()).path("host").asText()).isEqualTo("shop.example.com");
    }

    @Test
    void nullAndNestedObjectsAndListsAsJsonAreSentAsJson(FakeDokploy fake) throws Exception {
        String app = fake.createApplication("nested");

        CliRunner.Result result = CliRunner.against(fake).run("api", "application.update", "--applicationId", app,
                "--description", "null", "--healthCheckSwarm", "{\"Test\":[\"CMD\",\"true\"],\"Interval\":30}",
                "--description", "null");
        CliRunner.Result nestedRule = CliRunner.against(fake).run("api", "application.update", "--applicationId", app,
                "--updateConfigSwarm", "{\"Delay\":5}");
        CliRunner.Result list = CliRunner.against(fake).run("api", "domain.create", "--host", "b.example.com",
                "--applicationId", app, "--middlewares", "[\"gzip\",\"auth\"]");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("--description is given 2 times");
        assertThat(nestedRule.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(nestedRule.err()).contains("updateConfigSwarm.Parallelism is required",
                "(application.update)");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(JSON.readTree(only(fake, "domain.create").body()).path("middlewares").toString())
                .isEqualTo("[\"gzip\",\"auth\"]");

        CliRunner.Result update = CliRunner.against(fake).run("api", "application.update", "--applicationId", app,
                "--description", "null", "--healthCheckSwarm", "{\"Test\":[\"CMD\",\"true\"],\"Interval\":30}");

        assertThat(update.exitCode()).as(update.err()).isZero();
        assertThat(update.out().strip()).isEqualTo("true");
        JsonNode sent = JSON.readTree(only(fake, "application.update").body());
        assertThat(sent.path("description").isNull()).isTrue();
        assertThat(sent.path("healthCheckSwarm").path("Interval").asInt()).isEqualTo(30);
        assertThat(sent.path("healthCheckSwarm").path("Test")).hasSize(2);
    }

    @Test
    void dataAndStandardInputGiveTheWholeInputAndFlagsAreSetOnIt(FakeDokploy fake) throws Exception {
        CliRunner.Result fromData = CliRunner.against(fake)
                .run("api", "project.create", "--data", "{\"name\":\"from-data\",\"description\":\"d\"}",
                        "--description", "flag wins");
        CliRunner.Result fromStdin = CliRunner.against(fake).input("{\"name\":\"from-stdin\"}")
                .run("api", "project.create", "-");
        CliRunner.Result fromDataDash = CliRunner.against(fake).input("{\"name\":\"from-data-dash\"}")
                .run("api", "project.create", "--data", "-");

        assertThat(fromData.exitCode()).as(fromData.err()).isZero();
        assertThat(fromStdin.exitCode()).as(fromStdin.err()).isZero();
        assertThat(fromDataDash.exitCode()).as(fromDataDash.err()).isZero();
        List<RecordedRequest> creates = requests(fake, "project.create");
        assertThat(creates).hasSize(3);
        assertThat(JSON.readTree(creates.get(0).body()).path("description").asText()).isEqualTo("flag wins");
        assertThat(JSON.readTree(creates.get(1).body()).path("name").asText()).isEqualTo("from-stdin");
        assertThat(JSON.readTree(creates.get(2).body()).path("name").asText()).isEqualTo("from-data-dash");
    }

    @Test
    void anEmptyAnswerPrintsNothingAndSucceeds(FakeDokploy fake) {
        String app = fake.createApplication("deployable");

        CliRunner.Result result = CliRunner.against(fake).run("api", "application.deploy", "--applicationId", app);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(only(fake, "application.deploy").method()).isEqualTo("POST");
    }

    @Test
    void aProcedureWithoutInputTakesNone(FakeDokploy fake) {
        CliRunner.Result queue = CliRunner.against(fake).run("api", "deployment.queueList");
        CliRunner.Result withField = CliRunner.against(fake).run("api", "deployment.queueList", "--all", "yes");

        assertThat(queue.exitCode()).as(queue.err()).isZero();
        assertThat(queue.out().strip()).startsWith("[");
        assertThat(withField.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(withField.err()).contains("deployment.queueList takes no input");
    }

    @Test
    void aMissingRequiredFieldIsAUsageErrorWithTheSdksMessageAndNothingIsSent(FakeDokploy fake) {
        CliRunner.Result result = CliRunner.against(fake).run("api", "application.one");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("error: applicationId is required (application.one)",
                "hint: application.one takes --applicationId TEXT (required)");
        assertThat(fake.requestCount("application.one")).isZero();
    }

    @Test
    void aBrokenRuleOfTheInputIsAUsageErrorNamingFieldAndRuleAndNothingIsSent(FakeDokploy fake) {
        CliRunner.Result range = CliRunner.against(fake)
                .run("api", "domain.create", "--host", "a.example.com", "--port", "70000");
        CliRunner.Result length = CliRunner.against(fake).run("api", "project.create", "--name", "");

        assertThat(range.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(range.err()).contains("port must be at most 65535", "(domain.create)");
        assertThat(length.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(length.err()).contains("name must have at least 1 character", "(project.create)");
        assertThat(fake.requestCount("domain.create") + fake.requestCount("project.create")).isZero();
    }

    @Test
    void aValueThatDoesNotFitItsFieldIsAUsageErrorNamingTheFlag(FakeDokploy fake) {
        CliRunner.Result number = CliRunner.against(fake)
                .run("api", "domain.create", "--host", "a.example.com", "--port", "eighty");
        CliRunner.Result bool = CliRunner.against(fake)
                .run("api", "domain.create", "--host", "a.example.com", "--https", "yes");
        CliRunner.Result choice = CliRunner.against(fake)
                .run("api", "domain.create", "--host", "a.example.com", "--certificateType", "acme");
        CliRunner.Result twice = CliRunner.against(fake).run("api", "project.create", "--name", "a", "--name", "b");
        CliRunner.Result unknown = CliRunner.against(fake).run("api", "project.create", "--nmae", "a");
        CliRunner.Result notJson = CliRunner.against(fake).run("api", "project.create", "--data", "{name: a}");

        assertThat(number.err()).contains("--port takes a number, not \"eighty\" (domain.create)");
        assertThat(bool.err()).contains("--https takes true or false, not \"yes\" (domain.create)");
        assertThat(choice.err()).contains("--certificateType takes one of letsencrypt, none, custom");
        assertThat(twice.err()).contains("--name is given 2 times");
        assertThat(unknown.err()).contains("project.create has no field nmae", "hint: project.create takes --name");
        assertThat(notJson.err()).contains("--data is not one JSON document (line 1, column 2)");
        for (CliRunner.Result result : List.of(number, bool, choice, twice, unknown, notJson)) {
            assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.USAGE);
        }
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void anUnknownProcedureIsRefusedWithSuggestionsAndCanBeSentUncheckedWithMethod(FakeDokploy fake) {
        String app = fake.createApplication("raw");

        CliRunner.Result typo = CliRunner.against(fake).run("api", "application.oen", "--applicationId", app);
        CliRunner.Result raw = CliRunner.against(fake)
                .run("api", "application.one2", "--method", "GET", "--applicationId", app);

        assertThat(typo.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(typo.err()).contains("application.oen is not a procedure of Dokploy v0.30.2",
                "did you mean application.one?", "--method GET for a query or --method POST for a mutation");
        assertThat(raw.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(raw.err()).contains("application.one2");
        assertThat(only(fake, "application.one2").queryParams()).containsEntry("applicationId", List.of(app));
    }

    @Test
    void aMethodThatContradictsTheProcedureIsRefused(FakeDokploy fake) {
        CliRunner.Result result = CliRunner.against(fake)
                .run("api", "application.one", "--method", "POST", "--applicationId", "x");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("application.one is a query, served as GET");
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void aMultipartProcedureIsRefusedWithTheSdksCurlAdvice(FakeDokploy fake) {
        CliRunner.Result result = CliRunner.against(fake)
                .run("api", "application.dropDeployment", "--applicationId", "x");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("multipart/form-data", "curl", "-F");
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void anIdThatStartsWithADashIsTheValueOfItsField(FakeDokploy fake) {
        CliRunner.Result result = CliRunner.against(fake)
                .run("api", "application.one", "--applicationId", "-dNzNNIgwo1wPVtk-GThK");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(result.err()).contains("Application not found");
        assertThat(only(fake, "application.one").queryParams())
                .containsEntry("applicationId", List.of("-dNzNNIgwo1wPVtk-GThK"));
    }

    private static RecordedRequest only(FakeDokploy fake, String procedure) {
        List<RecordedRequest> requests = requests(fake, procedure);
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private static List<RecordedRequest> requests(FakeDokploy fake, String procedure) {
        return fake.requests().stream().filter(r -> r.procedure().orElse("").equals(procedure)).toList();
    }
}
