package io.github.dokploy4j.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.dokploy4j.params.ParamsObject;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a procedure's input as {@code dokploy api} reads them from flags: each field's JSON name, the Java
 * type its builder's setter takes ({@code String}, {@code Number}, {@code Boolean}, an enum, a list, a map, a nested
 * object or any JSON) and whether it is required. Read from the SDK's generated {@code …Params} class and its
 * builder, whose setters carry the JSON name where it differs from the Java one.
 */
final class InputFields {
    private final Map<String, Field> fields;

    private InputFields(Map<String, Field> fields) {
        this.fields = fields;
    }

    /** The fields of a procedure that takes no input: none. */
    static InputFields none() {
        return new InputFields(Map.of());
    }

    static InputFields of(Class<? extends ParamsObject> inputType) {
        Class<?> builder;
        try {
            builder = inputType.getMethod("builder").getReturnType();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(inputType.getName() + " has no builder()", e);
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Method setter : builder.getMethods()) {
            if (setter.getDeclaringClass() != builder || setter.getParameterCount() != 1
                    || Modifier.isStatic(setter.getModifiers()) || setter.getReturnType() != builder) {
                continue;
            }
            JsonProperty property = setter.getAnnotation(JsonProperty.class);
            String name = property != null ? property.value() : setter.getName();
            fields.put(name, new Field(name, setter.getGenericParameterTypes()[0],
                    isRequired(inputType, setter.getName())));
        }
        return new InputFields(fields);
    }

    private static boolean isRequired(Class<?> inputType, String accessor) {
        try {
            return inputType.getMethod(accessor).getReturnType() != Optional.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    @Nullable Field find(String name) {
        return fields.get(name);
    }

    /** Whether the procedure takes no input at all. */
    boolean isEmpty() {
        return fields.isEmpty();
    }

    /** How the fields read as flags, for a hint: {@code --applicationId TEXT (required), --tail NUMBER}. */
    String synopsis() {
        List<String> flags = new ArrayList<>();
        for (Field field : fields.values()) {
            flags.add("--" + field.name() + " " + field.kind() + (field.required() ? " (required)" : ""));
        }
        return String.join(", ", flags);
    }

    /** One field: its JSON name, the type its setter takes, and whether {@code build()} requires it. */
    static final class Field {
        private final String name;
        private final Type type;
        private final boolean required;

        Field(String name, Type type, boolean required) {
            this.name = name;
            this.type = type;
            this.required = required;
        }

        String name() {
            return name;
        }

        Type type() {
            return type;
        }

        boolean required() {
            return required;
        }

        /** Whether the field takes a list: its flag may be repeated. */
        boolean isList() {
            return rawType(type) == List.class;
        }

        /** The type of one element of a list field, or the field's own type. */
        Type elementType() {
            if (isList() && type instanceof ParameterizedType) {
                return ((ParameterizedType) type).getActualTypeArguments()[0];
            }
            return type;
        }

        /** What the value looks like, for usage hints: TEXT, NUMBER, true|false, one|two, JSON, or a list of those. */
        String kind() {
            String element = kindOf(elementType());
            return isList() ? element + "..." : element;
        }

        private static String kindOf(Type type) {
            Class<?> raw = rawType(type);
            if (raw == String.class) {
                return "TEXT";
            }
            if (raw == Number.class) {
                return "NUMBER";
            }
            if (raw == Boolean.class) {
                return "true|false";
            }
            if (raw.isEnum()) {
                return String.join("|", FieldValues.wireValues(raw));
            }
            return "JSON";
        }
    }

    static Class<?> rawType(Type type) {
        if (type instanceof Class) {
            return (Class<?>) type;
        }
        if (type instanceof ParameterizedType) {
            return (Class<?>) ((ParameterizedType) type).getRawType();
        }
        return Object.class;
    }
}
