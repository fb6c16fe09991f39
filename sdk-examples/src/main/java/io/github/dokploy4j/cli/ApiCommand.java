package io.github.dokploy4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dokploy4j.ProcedureInfo;
import io.github.dokploy4j.RawProcedure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code dokploy api PROCEDURE}: calls any of Dokploy's procedures by name and prints the answer as JSON. GET or POST
 * follows from the procedure (the SDK's catalog of v0.30.2's 554 procedures); the input, from field flags and
 * {@code --data}, is checked as the SDK's typed inputs check it before anything is sent.
 */
final class ApiCommand extends ClientCommand {
    private final PositionalParamSpec procedureName = PositionalParamSpec.builder().index("0").arity("1")
            .required(true).type(String.class).paramLabel("PROCEDURE").completionCandidates(new ProcedureNames())
            .description("the procedure, e.g. application.one (see ProcedureInfo.names(); the shell completes them)")
            .build();
    private final PositionalParamSpec fieldFlags = PositionalParamSpec.builder().index("1..*").arity("0..*")
            .type(List.class).auxiliaryTypes(String.class).paramLabel("--FIELD VALUE")
            .description("the procedure's input fields; - reads the input from standard input").build();
    private final OptionSpec dataOption = CommandModel.text("--data", "JSON|-",
            "the input as one JSON object; - reads it from standard input");
    private final OptionSpec methodOption = OptionSpec.builder("--method").type(HttpMethod.class)
            .paramLabel("GET|POST").description("only for a procedure newer than this CLI, which it cannot check: "
                    + "GET for a query, POST for a mutation").build();
    private @Nullable Call call;

    /** The two ways Dokploy serves a procedure. */
    enum HttpMethod {
        GET, POST
    }

    ApiCommand(DokployCli cli) {
        super(cli);
    }

    /** The model; an option picocli does not know is one of the procedure's field flags. */
    @Override
    public CommandSpec model() {
        CommandSpec spec = CommandModel.of(this,
                "Calls any procedure of the Dokploy API by name and prints the server's answer as JSON on stdout: "
                        + "indented on a terminal, one line with --json or when piped; nothing for an empty answer.",
                "GET or POST follows from the procedure. Fields are flags: --NAME VALUE or --NAME=VALUE, converted as "
                        + "the procedure's input expects (numbers, true/false, enum values; null for JSON null; a "
                        + "list field repeated or as one JSON array; objects as JSON). --data gives the whole input "
                        + "as a JSON object (--data - or a lone - reads it from standard input); field flags are set "
                        + "on it.",
                "The input is checked as the SDK checks it (required fields, lengths, patterns, ranges) before "
                        + "anything is sent; a bad one exits 2. Secret values of the input never appear in errors.",
                "Examples:",
                "  dokploy api application.one --applicationId 9LdVEfPUECK4npbD9ytdp",
                "  dokploy api domain.create --host shop.example.com --applicationId ID --port 80 --https true",
                "  echo '{\"name\":\"shop\"}' | dokploy api project.create -",
                "Shell completion of procedure names: source <(dokploy completion)")
                .add(procedureName, fieldFlags, dataOption, methodOption)
                .withHelp();
        spec.parser().unmatchedOptionsArePositionalParams(true);
        return spec;
    }

    @Override
    void prepare(DokployCli cli, Output output) {
        String procedure = procedure();
        List<String> given = fieldFlags.getValue();
        List<String> flags = given == null ? List.of() : given;
        String data = dataOption.getValue();
        HttpMethod method = methodOption.getValue();
        Optional<ProcedureInfo> info = ProcedureInfo.find(procedure);
        if (info.isEmpty()) {
            if (method == null) {
                throw UnknownProcedure.failure(procedure);
            }
            ObjectNode input = new ProcedureInput(procedure, null).read(flags, data, cli::standardInput);
            call = new Call(method, false, null, input);
        } else {
            ProcedureInfo known = info.get();
            if (known.isMultipart()) {
                throw new CliFailure(ExitCode.USAGE, known.multipartAdvice(), null);
            }
            HttpMethod served = HttpMethod.valueOf(known.method());
            if (method != null && method != served) {
                throw new CliFailure(ExitCode.USAGE, procedure + " is a " + (known.isQuery() ? "query" : "mutation")
                        + ", served as " + served + " (Dokploy answers any other method with 404)",
                        "leave out --method: the CLI knows this procedure");
            }
            InputFields fields = known.inputType().map(InputFields::of).orElseGet(InputFields::none);
            ProcedureInput reader = new ProcedureInput(procedure, fields);
            ObjectNode input = reader.read(flags, data, cli::standardInput);
            if (known.inputType().isEmpty() && !input.isEmpty()) {
                throw new CliFailure(ExitCode.USAGE, procedure + " takes no input", null);
            }
            call = new Call(served, true, reader.hint(), input);
        }
        cli.hideInErrors(InputSecrets.of(call.input));
        if (cli.verbose()) {
            List<String> names = new ArrayList<>();
            call.input.fieldNames().forEachRemaining(names::add);
            output.note(output.palette().dim("api: " + call.method + " " + procedure
                    + (names.isEmpty() ? ", no input" : ", fields " + String.join(", ", names))
                    + (info.isEmpty() ? " (unchecked: not in the CLI's catalog)" : "")));
        }
    }

    @Override
    int run(Backend backend, Output output) {
        Call prepared = java.util.Objects.requireNonNull(call, "prepare() runs first");
        RawProcedure raw = backend.client().procedure(procedure());
        JsonNode answer;
        if (prepared.catalogued) {
            try {
                answer = raw.call(prepared.input.isEmpty() ? null : prepared.input);
            } catch (IllegalArgumentException e) {
                throw new CliFailure(ExitCode.USAGE, e.getMessage(), prepared.hint);
            }
        } else if (prepared.method == HttpMethod.GET) {
            answer = raw.query(queryParameters(prepared.input));
        } else {
            answer = raw.mutation(prepared.input);
        }
        if (answer == null) {
            if (output.live()) {
                output.note(output.palette().dim("(" + procedure() + " answered with an empty body)"));
            }
            return ExitCode.SUCCESS;
        }
        if (output.live()) {
            output.json(answer);
        } else {
            output.jsonLine(answer);
        }
        return ExitCode.SUCCESS;
    }

    /** A query's input as flat parameters: text, numbers and booleans as text, a list as a repeated parameter. */
    private Map<String, Object> queryParameters(ObjectNode input) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        input.properties().forEach(field -> {
            JsonNode value = field.getValue();
            if (value.isArray()) {
                List<String> texts = new ArrayList<>();
                value.forEach(element -> texts.add(scalar(field.getKey(), element)));
                parameters.put(field.getKey(), texts);
            } else if (!value.isNull()) {
                parameters.put(field.getKey(), scalar(field.getKey(), value));
            }
        });
        return parameters;
    }

    private String scalar(String name, JsonNode value) {
        if (value.isContainerNode()) {
            throw new CliFailure(ExitCode.USAGE, "a query's parameters are flat: " + name + " cannot be a JSON "
                    + "object (" + procedure() + ")", null);
        }
        return value.asText();
    }

    private String procedure() {
        return procedureName.getValue();
    }

    /** What {@link #prepare} settled: the method, whether the catalog checks the input, a hint about it, the input. */
    private static final class Call {
        final HttpMethod method;
        final boolean catalogued;
        final @Nullable String hint;
        final ObjectNode input;

        Call(HttpMethod method, boolean catalogued, @Nullable String hint, ObjectNode input) {
            this.method = method;
            this.catalogued = catalogued;
            this.hint = hint;
            this.input = input;
        }
    }
}
