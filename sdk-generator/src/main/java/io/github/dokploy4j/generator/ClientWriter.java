package io.github.dokploy4j.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes what joins the services to the client: the accessor interfaces {@code DokployApi} and
 * {@code DokployAsyncApi} (which {@code DokployClient} and {@code DokployAsyncClient} extend), the sets of service
 * instances of one client view ({@code Routers}, {@code AsyncRouters}), and the abstract bases that forward the
 * accessors to such a set, so the client implements every accessor in one place.
 */
final class ClientWriter {
    static final ClassName API = ClassName.get(Names.ROOT, "DokployApi");
    static final ClassName ASYNC_API = ClassName.get(Names.ROOT, "DokployAsyncApi");

    private final List<Router> routers;
    private final Config config;

    ClientWriter(List<Router> routers, Config config) {
        this.routers = routers.stream().filter(Router::hasService).toList();
        this.config = config;
    }

    TypeSpec api(boolean async) {
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(async ? ASYNC_API : API).addModifiers(Modifier.PUBLIC)
                .addJavadoc("Every router of Dokploy $L that has a generated service, $L: one accessor per router,"
                        + " named by the rule in the README (a plural for routers of countable resources, the"
                        + " router's own name otherwise). {@code deployment.*} is served by the hand-written"
                        + " {@code deployments()}.\n", config.serverVersion(),
                        async ? "asynchronously" : "synchronously");
        for (Router router : routers) {
            type.addMethod(MethodSpec.methodBuilder(router.accessor())
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(async ? router.asyncService() : router.service())
                    .addJavadoc("Returns the {@code $L.*} procedures ($L).\n\n@return the service\n", router.name(),
                            Doc.count(router.procedures().size(), "procedure"))
                    .build());
        }
        return type.build();
    }

    TypeSpec routers(boolean async) {
        ClassName name = ClassName.get(Types.INTERNAL_API, async ? "AsyncRouters" : "Routers");
        ClassName lifecycle = ClassName.bestGuess(config.lifecycleContext());
        TypeSpec.Builder type = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(async ? ASYNC_API : API)
                .addJavadoc("The $L services of one client view, each made when asked for: a service is a small"
                        + " stateless view over the caller, so a client view costs the same whatever the number of"
                        + " routers.\n", async ? "asynchronous" : "synchronous")
                .addField(Types.PROCEDURE_CALLER, "caller", Modifier.PRIVATE, Modifier.FINAL)
                .addField(lifecycle, "lifecycle", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Creates the set.\n\n@param caller the view's caller\n@param lifecycle the"
                                + " view's life-cycle context, for the hand-written methods\n")
                        .addParameter(Types.PROCEDURE_CALLER, "caller")
                        .addParameter(lifecycle, "lifecycle")
                        .addStatement("this.caller = caller")
                        .addStatement("this.lifecycle = lifecycle")
                        .build());
        for (Router router : routers) {
            ClassName service = async ? router.asyncService() : router.service();
            ClassName implementation = async ? router.asyncImplementation() : router.implementation();
            MethodSpec.Builder accessor = MethodSpec.methodBuilder(router.accessor()).addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC).returns(service);
            if (router.mixin() != null) {
                accessor.addStatement("return new $T(caller, lifecycle)", implementation);
            } else {
                accessor.addStatement("return new $T(caller)", implementation);
            }
            type.addMethod(accessor.build());
        }
        return type.build();
    }

    TypeSpec forwarding(boolean async) {
        ClassName api = async ? ASYNC_API : API;
        ClassName name = ClassName.get(Types.INTERNAL_API,
                async ? "ForwardingDokployAsyncApi" : "ForwardingDokployApi");
        TypeSpec.Builder type = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addSuperinterface(api)
                .addJavadoc("Implements every accessor of {@link $T} by asking {@link #api()}, so that a client view"
                        + " implements them in one place.\n", api)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PROTECTED)
                        .addJavadoc("For subclasses.\n").build())
                .addMethod(MethodSpec.methodBuilder("api").addModifiers(Modifier.PROTECTED, Modifier.ABSTRACT)
                        .returns(api).addJavadoc("Returns the services of this view.\n\n@return the services\n")
                        .build());
        for (Router router : routers) {
            type.addMethod(MethodSpec.methodBuilder(router.accessor()).addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                    .returns(async ? router.asyncService() : router.service())
                    .addStatement("return api().$L()", router.accessor()).build());
        }
        return type.build();
    }
}
