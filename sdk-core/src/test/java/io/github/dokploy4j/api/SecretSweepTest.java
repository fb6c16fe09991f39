package io.github.dokploy4j.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.dokploy4j.ProcedureInfo;
import io.github.dokploy4j.SecretFields;
import io.github.dokploy4j.application.ApplicationReadLogsParams;
import io.github.dokploy4j.application.ApplicationUpdateParams;
import io.github.dokploy4j.backup.BackupCreateParams;
import io.github.dokploy4j.customrole.CustomRoleCreateParams;
import io.github.dokploy4j.deployment.DeploymentAllByTypeParams;
import io.github.dokploy4j.internal.call.WireJson;
import io.github.dokploy4j.network.NetworkCreateParams;
import io.github.dokploy4j.notification.NotificationCreateEmailParams;
import io.github.dokploy4j.params.ParamsObject;
import io.github.dokploy4j.postgres.PostgresUpdateParams;
import io.github.dokploy4j.settings.SettingsAssignDomainServerParams;
import io.github.dokploy4j.sso.SsoRegisterParams;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sweeps every generated input class (the objects nested in them are set and printed through them): with every
 * field set (secret ones to a sentinel) and a secret-named additional property, the sentinel is in the JSON and
 * never in {@code toString()}.
 */
class SecretSweepTest {
    private static final String SENTINEL = "Sentinel42";
    private static final List<String> SECRET_VALUES = List.of(SENTINEL, "sentinel42@example.com",
            "https://hooks.example.com/Sentinel42", "-----BEGIN Sentinel42-----");
    private static final List<Object> STRINGS = List.of("x", "ops@example.com", "https://example.com", "all",
            "1m", "abcdef123456", "main", "/data", "x.example.com", "");
    private static final List<Object> NUMBERS = List.of(1, 0, 100, 1024, 10_000);

    static Stream<Class<? extends ParamsObject>> inputs() {
        Set<Class<? extends ParamsObject>> all = new LinkedHashSet<>();
        for (ProcedureInfo info : ProcedureInfo.all()) {
            info.inputType().ifPresent(all::add);
        }
        return all.stream();
    }

    /**
     * Every field set, nested objects too (their secret fields hold the sentinel as well): the JSON carries the
     * sentinel; {@code toString()} never shows it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void noSecretReachesToString(Class<? extends ParamsObject> type) throws Exception {
        ParamsObject value = build(type, true);

        assertThat(WireJson.MAPPER.writeValueAsString(value)).contains("entinel42");
        assertThat(value.toString()).doesNotContain("entinel42").startsWith(type.getSimpleName() + "{");
    }

    /**
     * Inputs of every shape the document has (nested objects and lists of them, enums, lists, maps, any JSON, an
     * email-or-empty string), fully set, read back from their JSON into an equal value through the builder. Reading
     * every one of the 464 classes would only repeat these shapes at several seconds' cost per build.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {ApplicationUpdateParams.class, PostgresUpdateParams.class,
        NotificationCreateEmailParams.class,
        SettingsAssignDomainServerParams.class, CustomRoleCreateParams.class, BackupCreateParams.class,
        NetworkCreateParams.class, ApplicationReadLogsParams.class, DeploymentAllByTypeParams.class,
        SsoRegisterParams.class})
    void shapesRoundTripThroughJson(Class<? extends ParamsObject> type) throws Exception {
        ParamsObject value = build(type, true);

        assertThat(WireJson.MAPPER.readValue(WireJson.MAPPER.writeValueAsString(value), type)).isEqualTo(value);
    }

    /** Builds a value with every field set, retrying other candidates for a field whose rule refuses one. */
    static ParamsObject build(Class<? extends ParamsObject> type, boolean extraSecret) throws Exception {
        Object builder = type.getMethod("builder").invoke(null);
        List<Method> setters = setters(builder.getClass());
        Map<String, Integer> attempt = new HashMap<>();
        Set<String> dropped = new LinkedHashSet<>();
        for (int round = 0; round < 200; round++) {
            Object fresh = type.getMethod("builder").invoke(null);
            for (Method setter : setters) {
                String field = jsonName(setter);
                if (!dropped.contains(field)) {
                    setter.invoke(fresh, candidate(setter, field, attempt.getOrDefault(field, 0)));
                }
            }
            if (extraSecret) {
                fresh.getClass().getMethod("additionalProperty", String.class, Object.class).invoke(fresh,
                        "futureApiToken", SENTINEL);
            }
            try {
                return (ParamsObject) fresh.getClass().getMethod("build").invoke(fresh);
            } catch (InvocationTargetException e) {
                if (!(e.getCause() instanceof IllegalArgumentException refused)) {
                    throw e;
                }
                String path = refused.getMessage().substring(0, refused.getMessage().indexOf(' '));
                String field = path.substring(path.lastIndexOf('.') + 1);
                int next = attempt.getOrDefault(field, 0) + 1;
                if (next >= 12) {
                    dropped.add(field);
                }
                attempt.put(field, next);
            }
        }
        throw new AssertionError("no value of " + type.getName() + " satisfies its rules");
    }

    private static List<Method> setters(Class<?> builder) {
        List<Method> setters = new ArrayList<>();
        for (Method method : builder.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && method.getParameterCount() == 1
                    && method.getReturnType() == builder) {
                setters.add(method);
            }
        }
        setters.sort((a, b) -> a.getName().compareTo(b.getName()));
        return setters;
    }

    private static String jsonName(Method setter) {
        JsonProperty property = setter.getAnnotation(JsonProperty.class);
        return property == null ? setter.getName() : property.value();
    }

    private static Object candidate(Method setter, String field, int attempt) throws Exception {
        Type generic = setter.getGenericParameterTypes()[0];
        return value(generic, field, attempt);
    }

    @SuppressWarnings("unchecked")
    private static Object value(Type type, String field, int attempt) throws Exception {
        boolean secret = SecretFields.isSecret(field);
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw == List.class) {
                return List.of(value(arguments[0], field, attempt));
            }
            if (raw == Map.class) {
                return Map.of(secret ? "key" : "someSecret", value(arguments[1], "secretValue", attempt));
            }
            throw new AssertionError("unexpected type " + type);
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return secret ? SECRET_VALUES.get(attempt % SECRET_VALUES.size()) : STRINGS.get(attempt % STRINGS.size());
        }
        if (raw == Number.class) {
            return NUMBERS.get(attempt % NUMBERS.size());
        }
        if (raw == Boolean.class) {
            return Boolean.TRUE;
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return constants[attempt % constants.length];
        }
        if (raw == JsonNode.class) {
            return JsonNodeFactory.instance.objectNode().put("password", SENTINEL);
        }
        if (ParamsObject.class.isAssignableFrom(raw)) {
            return build((Class<? extends ParamsObject>) raw, false);
        }
        throw new AssertionError("unexpected type " + type);
    }
}
