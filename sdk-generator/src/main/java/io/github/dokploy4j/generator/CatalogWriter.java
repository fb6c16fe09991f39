package io.github.dokploy4j.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the catalog of every procedure (name, GET or POST, input class, first version) that
 * {@code ProcedureInfo} publishes, and the data of the secret rule that {@code SecretFields} applies. Both are
 * package-private data in the root package: public code reaches them through the hand-written public classes.
 */
final class CatalogWriter {
    private static final ClassName INFO = ClassName.get(Names.ROOT, "ProcedureInfo");

    private CatalogWriter() {
    }

    static TypeSpec catalog(List<Procedure> procedures, Config config) {
        CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", List.class).indent().indent();
        for (int i = 0; i < procedures.size(); i++) {
            Procedure procedure = procedures.get(i);
            String since = config.since().get(procedure.name());
            CodeBlock input = procedure.hasParamsClass()
                    ? CodeBlock.of("$T.class", ParamsWriter.className(procedure)) : CodeBlock.of("null");
            CodeBlock form = procedure.kind() == Procedure.Kind.MULTIPART ? CodeBlock.of("$S", form(procedure))
                    : CodeBlock.of("null");
            list.add("\nnew $T($S, $S, $L, $L, $L)$L", INFO, procedure.name(), procedure.kind().method, input,
                    since == null ? "null" : CodeBlock.of("$S", since), form, i + 1 < procedures.size() ? "," : ")");
        }
        list.unindent().unindent();
        return TypeSpec.classBuilder("KnownProcedures").addModifiers(Modifier.FINAL)
                .addJavadoc("The $L procedures of Dokploy $L's OpenAPI document, sorted by name.\n", procedures.size(),
                        config.serverVersion())
                .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), INFO),
                        "ALL", Modifier.STATIC, Modifier.FINAL).initializer(list.build()).build())
                .addField(FieldSpec.builder(String.class, "SERVER_VERSION", Modifier.STATIC, Modifier.FINAL)
                        .initializer("$S", config.serverVersion()).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .build();
    }

    /** The parts of a multipart form as {@code curl -F} takes them: {@code name=…} or {@code name=@file}. */
    private static String form(Procedure procedure) {
        return String.join(" ", procedure.input().fields().stream().map(f -> "-F " + f.name()
                + (f.schema() instanceof Schema.Binary ? "=@" + f.name() : "=…")).toList());
    }

    static TypeSpec secretNames(Config.Secrets secrets) {
        return TypeSpec.classBuilder("SecretNames").addModifiers(Modifier.FINAL)
                .addJavadoc("The data of the secret rule ({@link SecretFields}), from the generator's"
                        + " configuration: lower-case fragments and whole names.\n")
                .addField(FieldSpec.builder(ParameterizedTypeName.get(List.class, String.class), "FRAGMENTS",
                        Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.of($L)", List.class, strings(secrets.fragments())).build())
                .addField(FieldSpec.builder(ParameterizedTypeName.get(java.util.Set.class, String.class), "EXACT",
                        Modifier.STATIC, Modifier.FINAL).initializer("$T.of($L)", java.util.Set.class,
                                strings(secrets.exact()))
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .build();
    }

    private static CodeBlock strings(List<String> values) {
        return CodeBlock.join(values.stream().map(v -> CodeBlock.of("$S", v)).toList(), ", ");
    }
}
