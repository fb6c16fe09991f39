package io.github.dokploy4j.cli;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads, ahead of Jackson, what it will read about the SDK's models when it first decodes or prints one: every
 * declared member of a model, of its builder ({@code @JsonDeserialize(builder = …)}), of its implementation
 * ({@code @JsonSerialize(as = …)}) and of the models its accessors return, with their annotations. The JDK keeps
 * these per class, and makes the class behind each annotation type once per process, so the thread that decodes
 * later finds them made. Only the JDK's reflection runs here: no model class, and nothing of Jackson, is initialised.
 */
final class ModelReflection {
    private static final String MODELS = "io.github.dokploy4j.";

    private final Set<Class<?>> seen = new HashSet<>();

    /**
     * Reads a model and every model it reaches.
     *
     * @param model e.g. {@code QueueJob.class}
     */
    void read(Class<?> model) {
        if (!model.getName().startsWith(MODELS) || !seen.add(model)) {
            return;
        }
        readMembers(model);
        Class<?> superclass = model.getSuperclass();
        if (superclass != null) {
            read(superclass);
        }
        JsonDeserialize deserialize = model.getAnnotation(JsonDeserialize.class);
        if (deserialize != null) {
            read(deserialize.builder());
        }
        JsonSerialize serialize = model.getAnnotation(JsonSerialize.class);
        if (serialize != null) {
            read(serialize.as());
        }
        for (Method method : model.getMethods()) {
            if (method.getParameterCount() == 0 && method.getDeclaringClass() != Object.class) {
                readTypes(method.getGenericReturnType());
            }
        }
    }

    /** The classes read so far: the models, their builders and implementations, and their superclasses. */
    Set<Class<?>> classesRead() {
        return Set.copyOf(seen);
    }

    private void readTypes(Type type) {
        if (type instanceof Class) {
            read((Class<?>) type);
        } else if (type instanceof ParameterizedType) {
            for (Type argument : ((ParameterizedType) type).getActualTypeArguments()) {
                readTypes(argument);
            }
        }
    }

    private static void readMembers(Class<?> type) {
        type.getDeclaredAnnotations();
        for (Method method : type.getDeclaredMethods()) {
            readAnnotations(method);
        }
        for (Field field : type.getDeclaredFields()) {
            field.getDeclaredAnnotations();
        }
        for (Executable constructor : type.getDeclaredConstructors()) {
            readAnnotations(constructor);
        }
    }

    private static void readAnnotations(Executable executable) {
        ((AnnotatedElement) executable).getDeclaredAnnotations();
        if (executable.getParameterCount() > 0) {
            executable.getParameterAnnotations();
        }
    }
}
