package io.github.dokploy4j.generator;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The naming rules, written once (the README repeats them):
 * <ul>
 *   <li>input: {@code io.github.dokploy4j.<router in lower case>.<Router><Procedure>Params};</li>
 *   <li>accessor: the router's name when it already ends in {@code s} or is listed as uncountable in the
 *       configuration (product names, database engines, singletons); otherwise its English plural ({@code +es} after
 *       s, x, z, ch, sh; {@code y} after a consonant becomes {@code ies}; else {@code +s});</li>
 *   <li>service interface: the accessor in UpperCamelCase, the asynchronous one prefixed {@code Async};</li>
 *   <li>method: the procedure's name; a Java keyword gets the router's name appended ({@code compose.import} →
 *       {@code importCompose});</li>
 *   <li>field accessor and setter: the JSON name in lowerCamelCase ({@code MaxFailureRatio} →
 *       {@code maxFailureRatio}); a name that is a Java keyword or a method every input already has gets
 *       {@code Value} appended.</li>
 * </ul>
 */
final class Names {
    static final String ROOT = "io.github.dokploy4j";

    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "var", "record", "yield", "sealed", "permits",
            "_");
    private static final Set<String> OBJECT_METHODS = Set.of("getClass", "hashCode", "equals", "toString",
            "notify", "notifyAll", "wait", "clone", "finalize");
    /** Names an input class's accessors cannot take: {@code Object}'s and those of {@code ParamsObject} and builders. */
    private static final Set<String> TAKEN_METHODS = Stream.concat(OBJECT_METHODS.stream(), Stream.of("required",
            "optional", "isSent", "additionalProperties", "additionalProperty", "json", "builder", "toBuilder", "build",
            "set", "self", "copy")).collect(Collectors.toUnmodifiableSet());

    private Names() {
    }

    static String packageOf(String router) {
        return ROOT + "." + router.toLowerCase(Locale.ROOT);
    }

    static String paramsClass(Procedure procedure) {
        return upperCamel(procedure.router()) + upperCamel(procedure.procedure()) + "Params";
    }

    static String accessor(String router, List<String> uncountable) {
        if (uncountable.contains(router) || router.endsWith("s")) {
            return router;
        }
        return plural(router);
    }

    static String plural(String word) {
        if (word.endsWith("x") || word.endsWith("z") || word.endsWith("ch") || word.endsWith("sh")) {
            return word + "es";
        }
        if (word.endsWith("y") && word.length() > 1 && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }

    static String method(Procedure procedure) {
        String name = procedure.procedure();
        return KEYWORDS.contains(name) || OBJECT_METHODS.contains(name) ? name + upperCamel(procedure.router())
                : name;
    }

    static String member(String jsonName) {
        String name = lowerCamel(jsonName);
        return KEYWORDS.contains(name) || TAKEN_METHODS.contains(name) ? name + "Value" : name;
    }

    static String constant(String camel) {
        StringBuilder out = new StringBuilder();
        char previous = 0;
        for (char c : camel.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                c = '_';
            } else if (Character.isUpperCase(c) && out.length() > 0 && (Character.isLowerCase(previous)
                    || Character.isDigit(previous))) {
                out.append('_');
            }
            if (c != '_' || (out.length() > 0 && out.charAt(out.length() - 1) != '_')) {
                out.append(Character.toUpperCase(c));
            }
            previous = c;
        }
        String constant = out.toString().replaceAll("_+$", "");
        if (constant.isEmpty()) {
            return "EMPTY";
        }
        return Character.isDigit(constant.charAt(0)) ? "V" + constant : constant;
    }

    static String upperCamel(String name) {
        StringBuilder out = new StringBuilder();
        boolean up = true;
        for (char c : name.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                up = true;
                continue;
            }
            out.append(up ? Character.toUpperCase(c) : c);
            up = false;
        }
        return out.toString();
    }

    static String lowerCamel(String name) {
        String camel = upperCamel(name);
        int upper = 0;
        while (upper < camel.length() && Character.isUpperCase(camel.charAt(upper))) {
            upper++;
        }
        if (upper <= 1 || upper == camel.length()) {
            return camel.substring(0, upper).toLowerCase(Locale.ROOT) + camel.substring(upper);
        }
        // "URLPath": keep the capital that starts the next word
        return camel.substring(0, upper - 1).toLowerCase(Locale.ROOT) + camel.substring(upper - 1);
    }
}
