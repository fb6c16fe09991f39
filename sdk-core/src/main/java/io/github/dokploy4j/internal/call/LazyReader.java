package io.github.dokploy4j.internal.call;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A Jackson reader made on the first decode rather than when its procedure is declared. Making a reader resolves the
 * deserializers of its whole type graph (a deployment row pulls in its relations and rollback), which is most of the
 * cost of a short-lived process's first call; declaring every procedure of a router must not pay it for the ones the
 * process never calls. Two threads racing on the first decode may each make a reader: both are equal and either is
 * kept.
 */
final class LazyReader {
    private final Function<ObjectMapper, ObjectReader> make;
    private volatile @Nullable ObjectReader reader;

    LazyReader(Function<ObjectMapper, ObjectReader> make) {
        this.make = make;
    }

    ObjectReader get() {
        ObjectReader made = reader;
        if (made == null) {
            made = make.apply(WireJson.MAPPER);
            reader = made;
        }
        return made;
    }
}
