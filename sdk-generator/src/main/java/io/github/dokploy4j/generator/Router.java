package io.github.dokploy4j.generator;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * One router and the names the rules give it.
 *
 * @param name e.g. {@code project}
 * @param procedures its procedures, sorted by name
 * @param accessor e.g. {@code projects}
 * @param service the synchronous interface, {@code null} when the service is hand-written
 * @param asyncService the asynchronous interface
 * @param mixin the hand-written part merged into the service, or {@code null}
 */
record Router(String name, List<Procedure> procedures, String accessor, ClassName service, ClassName asyncService,
        Config.Mixin mixin) {

    static Router of(String name, List<Procedure> procedures, Config config) {
        String accessor = Names.accessor(name, config.uncountableRouters());
        if (config.routersWithoutService().contains(name)) {
            return new Router(name, procedures, accessor, null, null, null);
        }
        String pkg = config.servicePackages().getOrDefault(name, Names.packageOf(name));
        String simple = Names.upperCamel(accessor);
        return new Router(name, procedures, accessor, ClassName.get(pkg, simple), ClassName.get(pkg, "Async" + simple),
                config.mixins().get(name));
    }

    boolean hasService() {
        return service != null;
    }

    /** The procedures the generated service has a method for: not hand-written, not multipart. */
    List<Procedure> generatedMethods() {
        return procedures.stream()
                .filter(p -> mixin == null || !mixin.procedures().contains(p.procedure()))
                .filter(p -> p.kind() != Procedure.Kind.MULTIPART)
                .toList();
    }

    ClassName declarations() {
        return ClassName.get(Types.INTERNAL_API, Names.upperCamel(name) + "Procedures");
    }

    ClassName implementation() {
        return ClassName.get(Types.INTERNAL_API, "Default" + service.simpleName());
    }

    ClassName asyncImplementation() {
        return ClassName.get(Types.INTERNAL_API, "Default" + asyncService.simpleName());
    }
}
