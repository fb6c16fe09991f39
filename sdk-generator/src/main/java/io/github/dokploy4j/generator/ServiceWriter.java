package io.github.dokploy4j.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;

import javax.lang.model.element.Modifier;

/**
 * Writes a router's service: the public interfaces (sync and {@code Async…}), the procedure declarations and the two
 * implementations over {@code ProcedureCaller}. One declaration per procedure feeds both implementations.
 */
final class ServiceWriter {
    private static final ClassName BAD_REQUEST = ClassName.get("io.github.dokploy4j.error", "BadRequestException");
    private static final ClassName UNAUTHORIZED = ClassName.get("io.github.dokploy4j.error", "UnauthorizedException");
    private static final ClassName NOT_FOUND = ClassName.get("io.github.dokploy4j.error", "NotFoundException");
    private static final ClassName DOKPLOY_EXCEPTION = ClassName.get("io.github.dokploy4j.error", "DokployException");

    private final Router router;
    private final Config config;

    ServiceWriter(Router router, Config config) {
        this.router = router;
        this.config = config;
    }

    /** What a procedure answers, as the sync view returns it. */
    private TypeName answer(Procedure procedure) {
        Config.Answer answer = config.answers().get(procedure.name());
        if (answer == null) {
            return Types.JSON_ANSWER;
        }
        return switch (answer.kind()) {
            case "boolean" -> TypeName.BOOLEAN;
            case "object" -> ClassName.bestGuess(answer.type());
            case "list" -> ParameterizedTypeName.get(Types.LIST, ClassName.bestGuess(answer.type()));
            default -> throw new IllegalStateException(procedure.name() + ": unknown answer kind " + answer.kind());
        };
    }

    private String answerDoc(Procedure procedure) {
        Config.Answer answer = config.answers().get(procedure.name());
        return answer == null ? "the server's answer as JSON (this SDK does not type it yet)" : answer.what();
    }

    private CodeBlock decoder(Procedure procedure) {
        Config.Answer answer = config.answers().get(procedure.name());
        if (answer == null) {
            return CodeBlock.of("$T.decoder($S)", Types.JSON_ANSWERS, procedure.name());
        }
        return switch (answer.kind()) {
            case "boolean" -> CodeBlock.of("$T.bool()", Types.RESPONSE_DECODERS);
            case "object" -> CodeBlock.of("$T.object($T.class, $S)", Types.RESPONSE_DECODERS,
                    ClassName.bestGuess(answer.type()), answer.what());
            default -> CodeBlock.of("$T.listOf($T.class, $S)", Types.RESPONSE_DECODERS,
                    ClassName.bestGuess(answer.type()), answer.what());
        };
    }

    TypeSpec declarations() {
        TypeSpec.Builder type = TypeSpec.classBuilder(router.declarations()).addModifiers(Modifier.FINAL)
                .addJavadoc("The {@code $L.*} procedures of Dokploy $L that {@link $T} calls, each declared once.\n",
                        router.name(), config.serverVersion(), router.service());
        for (Procedure procedure : router.generatedMethods()) {
            TypeName input = procedure.takesInput() ? ParamsWriter.className(procedure) : Types.VOID;
            TypeName output = answer(procedure).box();
            CodeBlock encoder = procedure.kind() == Procedure.Kind.QUERY
                    ? CodeBlock.of("$T.$L()", Types.QUERY_ENCODER, procedure.takesInput() ? "fields" : "none")
                    : CodeBlock.of("$T.$L()", Types.BODY_ENCODER, procedure.takesInput() ? "json" : "none");
            CodeBlock.Builder initializer = CodeBlock.builder().add("$T.$L($S,$W$L,$W$L)", Types.PROCEDURE,
                    procedure.kind() == Procedure.Kind.QUERY ? "query" : "mutation", procedure.name(), encoder,
                    decoder(procedure));
            String since = config.since().get(procedure.name());
            if (since != null) {
                initializer.add(".since($S)", since);
            }
            type.addField(FieldSpec.builder(ParameterizedTypeName.get(Types.PROCEDURE, input, output),
                    Names.constant(procedure.procedure()), Modifier.STATIC, Modifier.FINAL)
                    .initializer(initializer.build()).build());
        }
        return type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build()).build();
    }

    TypeSpec syncInterface() {
        return serviceInterface(false);
    }

    TypeSpec asyncInterface() {
        return serviceInterface(true);
    }

    private TypeSpec serviceInterface(boolean async) {
        ClassName name = async ? router.asyncService() : router.service();
        ClassName twin = async ? router.service() : router.asyncService();
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(name).addModifiers(Modifier.PUBLIC);
        StringBuilder doc = new StringBuilder("The {@code " + router.name() + ".*} procedures of Dokploy "
                + config.serverVersion() + ", " + (async ? "asynchronously" : "synchronously")
                + ", generated from the server's OpenAPI document. Reach it with {@code client."
                + (async ? "async()." : "") + router.accessor() + "()}; {@link " + twin.simpleName()
                + "} offers the same " + (async ? "synchronously" : "asynchronously") + ".\n");
        if (router.mixin() != null) {
            ClassName mixin = ClassName.bestGuess(async ? router.mixin().async() : router.mixin().sync());
            type.addSuperinterface(mixin);
            doc.append("\n<p>The methods of {@link ").append(mixin.simpleName()).append("} (")
                    .append(String.join(", ", router.mixin().procedures().stream().map(p -> "{@code " + p + "}")
                            .toList()))
                    .append(") are written by hand; every other method calls its procedure as declared.\n");
        }
        List<Procedure> multipart = router.procedures().stream().filter(p -> p.kind() == Procedure.Kind.MULTIPART)
                .toList();
        for (Procedure procedure : multipart) {
            doc.append("\n<p>{@code ").append(procedure.name()).append("} takes a file (multipart/form-data) and has"
                    + " no method here: send it with {@code curl -F}; the escape hatch"
                    + " {@code client.procedure(\"").append(procedure.name())
                    .append("\").call(…)} refuses it with that advice.\n");
        }
        type.addJavadoc("$L", doc.toString());
        for (Procedure procedure : router.generatedMethods()) {
            type.addMethods(methods(procedure, async));
        }
        return type.build();
    }

    private List<MethodSpec> methods(Procedure procedure, boolean async) {
        List<MethodSpec> methods = new ArrayList<>();
        String method = Names.method(procedure);
        TypeName returns = async ? ParameterizedTypeName.get(Types.COMPLETABLE_FUTURE, answer(procedure).box())
                : answer(procedure);
        String returnDoc = async ? "a future of " + answerDoc(procedure) + ", failed with the exceptions of the"
                + " synchronous method" : answerDoc(procedure);
        MethodSpec.Builder main = MethodSpec.methodBuilder(method).addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(returns);
        CodeBlock.Builder doc = CodeBlock.builder().add("Calls {@code $L} ({@code $L /api/$L}).\n", procedure.name(),
                procedure.kind().method, procedure.name());
        if (async) {
            doc.add("See {@link $T#$L}.\n", router.service(), method);
        }
        if (procedure.takesInput()) {
            ClassName params = ParamsWriter.className(procedure);
            main.addParameter(params, "params");
            if (!async) {
                doc.add("\n<p>Input: $L. The rules of each field are on {@link $T}; {@code build()} checked them.\n",
                        inputSummary(procedure.input()), params);
            }
            doc.add("\n@param params the input\n");
        } else {
            doc.add("\n");
        }
        doc.add("@return $L\n", returnDoc);
        if (!async) {
            doc.add("@throws $T when the server refuses the input or the action (400)\n", BAD_REQUEST)
                    .add("@throws $T when the API key is not valid or lacks a permission (401)\n", UNAUTHORIZED)
                    .add("@throws $T when something the input names does not exist (404)\n", NOT_FOUND)
                    .add("@throws $T when the call fails otherwise: transport, server error, an answer of another"
                            + " shape\n", DOKPLOY_EXCEPTION);
        }
        if (procedure.takesInput()) {
            doc.add("@throws NullPointerException when {@code params} is {@code null}\n");
        }
        methods.add(main.addJavadoc(doc.build()).build());
        if (!procedure.takesInput()) {
            return methods;
        }
        ClassName params = ParamsWriter.className(procedure);
        List<Schema.Field> fields = procedure.input().fields();
        if (fields.size() == 1 && fields.get(0).required() && !fields.get(0).nullable()
                && fields.get(0).schema() instanceof Schema.Str string && !string.isEnum()) {
            Schema.Field only = fields.get(0);
            String member = Names.member(only.name());
            String rules = String.join("; ", Doc.schemaRules(only.schema()));
            methods.add(MethodSpec.methodBuilder(method).addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                    .returns(returns).addParameter(String.class, member)
                    .addJavadoc("Calls {@code $L} with {@code $L} only; see {@link #$L($T)}.\n\n@param $L the {@code $L}"
                            + " ($L)\n@return $L\n@throws NullPointerException when it is {@code null}\n"
                            + "@throws IllegalArgumentException when it breaks a rule of the input\n",
                            procedure.name(), only.name(), method, params, member, only.name(),
                            rules.isEmpty() ? "any string" : rules, returnDoc)
                    .addStatement("return $L($T.builder().$L($L).build())", method, params, member, member)
                    .build());
        } else if (fields.stream().noneMatch(Schema.Field::required)) {
            methods.add(MethodSpec.methodBuilder(method).addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                    .returns(returns)
                    .addJavadoc("Calls {@code $L} without setting any field; see {@link #$L($T)}.\n\n@return $L\n",
                            procedure.name(), method, params, returnDoc)
                    .addStatement("return $L($T.builder().build())", method, params)
                    .build());
        }
        return methods;
    }

    private static String inputSummary(Schema.Obj input) {
        List<String> required = input.fields().stream().filter(Schema.Field::required)
                .map(f -> "{@code " + f.name() + "}").toList();
        int optional = input.fields().size() - required.size();
        String text = required.isEmpty() ? "no required field" : "required " + String.join(", ", required);
        return optional == 0 ? text : text + "; " + Doc.count(optional, "optional field");
    }

    TypeSpec implementation(boolean async) {
        ClassName name = async ? router.asyncImplementation() : router.implementation();
        TypeSpec.Builder type = TypeSpec.classBuilder(name).addModifiers(Modifier.FINAL)
                .addSuperinterface(async ? router.asyncService() : router.service())
                .addJavadoc("The {@code $L.*} procedures over the engine$L.\n", router.name(),
                        async ? ", asynchronously" : ", on the caller's thread")
                .addField(Types.PROCEDURE_CALLER, "caller", Modifier.PRIVATE, Modifier.FINAL);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addParameter(Types.PROCEDURE_CALLER, "caller");
        if (router.mixin() != null) {
            type.superclass(ClassName.bestGuess(async ? router.mixin().asyncBase() : router.mixin().syncBase()));
            constructor.addParameter(ClassName.bestGuess(config.lifecycleContext()), "lifecycle")
                    .addStatement("super(lifecycle)");
        }
        type.addMethod(constructor.addStatement("this.caller = caller").build());
        for (Procedure procedure : router.generatedMethods()) {
            TypeName answer = answer(procedure);
            MethodSpec.Builder method = MethodSpec.methodBuilder(Names.method(procedure))
                    .addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                    .returns(async ? ParameterizedTypeName.get(Types.COMPLETABLE_FUTURE, answer.box()) : answer);
            String call = async ? "callAsync" : "call";
            if (procedure.takesInput()) {
                method.addParameter(ParamsWriter.className(procedure), "params")
                        .addStatement("return caller.$L($T.$L, $T.requireNonNull(params, $S))", call,
                                router.declarations(), Names.constant(procedure.procedure()), Types.OBJECTS,
                                "params must not be null");
            } else {
                method.addStatement("return caller.$L($T.$L, null)", call, router.declarations(),
                        Names.constant(procedure.procedure()));
            }
            type.addMethod(method.build());
        }
        return type.build();
    }
}
