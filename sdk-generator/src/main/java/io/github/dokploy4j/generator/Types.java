package io.github.dokploy4j.generator;

import com.palantir.javapoet.ClassName;

/** The classes generated code refers to. */
final class Types {
    static final ClassName PARAMS_OBJECT = ClassName.get("io.github.dokploy4j.params", "ParamsObject");
    static final ClassName PARAMS_SCHEMA = ClassName.get("io.github.dokploy4j.params", "ParamsSchema");
    static final ClassName JSON_DESERIALIZE = ClassName.get("com.fasterxml.jackson.databind.annotation",
            "JsonDeserialize");
    static final ClassName JSON_POJO_BUILDER = ClassName.get("com.fasterxml.jackson.databind.annotation",
            "JsonPOJOBuilder");
    static final ClassName JSON_PROPERTY = ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");
    static final ClassName JSON_VALUE = ClassName.get("com.fasterxml.jackson.annotation", "JsonValue");
    static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
    static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");
    static final ClassName STRING = ClassName.get(String.class);
    static final ClassName NUMBER = ClassName.get(Number.class);
    static final ClassName BOOLEAN = ClassName.get(Boolean.class);
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName MAP = ClassName.get("java.util", "Map");
    static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
    static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
    static final ClassName COMPLETABLE_FUTURE = ClassName.get("java.util.concurrent", "CompletableFuture");
    static final ClassName VOID = ClassName.get(Void.class);
    static final ClassName JSON_ANSWER = ClassName.get("io.github.dokploy4j", "JsonAnswer");
    static final ClassName PROCEDURE = ClassName.get("io.github.dokploy4j.internal.call", "Procedure");
    static final ClassName PROCEDURE_CALLER = ClassName.get("io.github.dokploy4j.internal.call", "ProcedureCaller");
    static final ClassName QUERY_ENCODER = ClassName.get("io.github.dokploy4j.internal.call", "QueryEncoder");
    static final ClassName BODY_ENCODER = ClassName.get("io.github.dokploy4j.internal.call", "BodyEncoder");
    static final ClassName RESPONSE_DECODERS = ClassName.get("io.github.dokploy4j.internal.call",
            "ResponseDecoders");
    static final ClassName JSON_ANSWERS = ClassName.get("io.github.dokploy4j.internal.api", "JsonAnswers");
    static final String INTERNAL_API = "io.github.dokploy4j.internal.api";

    private Types() {
    }
}
