package io.github.dokploy4j.generator;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the Markdown tables the README links: the routers with their accessors, interfaces and packages, and the
 * secret fields of every procedure's input.
 */
final class DocsWriter {
    private DocsWriter() {
    }

    static String routers(List<Router> routers, Config config) {
        StringBuilder out = new StringBuilder("<!-- ").append(Generate.HEADER).append(" -->\n\n")
                .append("# Routers of Dokploy ").append(config.serverVersion()).append("\n\n")
                .append(routerTable(routers));
        return out.toString();
    }

    /** The table the README carries too (a test of the generator checks that it does). */
    static String routerTable(List<Router> routers) {
        StringBuilder out = new StringBuilder(
                "| router | accessor | interfaces | package of the services | package of the inputs | procedures |\n"
                        + "| --- | --- | --- | --- | --- | --- |\n");
        for (Router router : routers) {
            String inputs = Names.packageOf(router.name()).substring(Names.ROOT.length() + 1);
            if (router.hasService()) {
                out.append("| `").append(router.name()).append("` | `").append(router.accessor()).append("()` | `")
                        .append(router.service().simpleName()).append("`, `")
                        .append(router.asyncService().simpleName()).append("` | `")
                        .append(router.service().packageName().substring(Names.ROOT.length() + 1)).append("` | `")
                        .append(inputs).append("` | ").append(router.procedures().size()).append(" |\n");
            } else {
                out.append("| `").append(router.name()).append("` | `").append(router.accessor())
                        .append("()` | `Deployments`, `AsyncDeployments` (hand-written) | `").append(inputs)
                        .append("` | `").append(inputs).append("` | ").append(router.procedures().size())
                        .append(" |\n");
            }
        }
        return out.toString();
    }

    static String secretFields(List<Procedure> procedures, SecretRule rule) {
        StringBuilder out = new StringBuilder("<!-- ").append(Generate.HEADER).append(" -->\n\n")
                .append("# Secret fields of the inputs\n\n")
                .append("A name is secret when, ignoring case, it contains one of ")
                .append(rule.fragments().stream().map(f -> "`" + f + "`").collect(Collectors.joining(", ")))
                .append(", or is one of ")
                .append(rule.exact().stream().map(f -> "`" + f + "`").collect(Collectors.joining(", ")))
                .append(". `toString()` of an input or a typed row prints `***` for these fields.\n\n")
                .append("| procedure | secret fields |\n| --- | --- |\n");
        for (Procedure procedure : procedures) {
            if (!procedure.takesInput()) {
                continue;
            }
            List<String> secret = secretPaths(procedure.input(), "", rule);
            if (!secret.isEmpty()) {
                out.append("| `").append(procedure.name()).append("` | ")
                        .append(secret.stream().map(s -> "`" + s + "`").collect(Collectors.joining(", ")))
                        .append(" |\n");
            }
        }
        return out.toString();
    }

    static List<String> secretPaths(Schema schema, String prefix, SecretRule rule) {
        if (schema instanceof Schema.Obj object) {
            return object.fields().stream().flatMap(field -> {
                String path = prefix + field.name();
                if (rule.isSecret(field.name())) {
                    return java.util.stream.Stream.of(path);
                }
                return secretPaths(field.schema(), path + ".", rule).stream();
            }).toList();
        }
        if (schema instanceof Schema.Array array) {
            return secretPaths(array.items(), prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1)
                    + "[].", rule);
        }
        return List.of();
    }
}
