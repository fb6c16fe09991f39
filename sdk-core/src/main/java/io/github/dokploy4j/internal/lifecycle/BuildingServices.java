package io.github.dokploy4j.internal.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether anything builds on a server, read from {@code project.all}: a service whose status
 * ({@code applicationStatus}, {@code composeStatus}, {@code previewStatus}) is {@code running} has a build in progress;
 * Dokploy sets it when a worker takes the service's job and resets it when the build ends or the server restarts. The
 * tree is searched whatever its nesting, which differs between Dokploy versions (environments came in v0.25).
 */
final class BuildingServices {
    private static final Set<String> STATUS_FIELDS = Set.of("applicationStatus", "composeStatus", "previewStatus");

    private BuildingServices() {
    }

    static boolean anyIn(@Nullable JsonNode tree) {
        if (tree == null) {
            return false;
        }
        if (tree.isObject()) {
            for (Map.Entry<String, JsonNode> field : tree.properties()) {
                if (STATUS_FIELDS.contains(field.getKey()) && "running".equals(field.getValue().asText())
                        || anyIn(field.getValue())) {
                    return true;
                }
            }
        } else if (tree.isArray()) {
            for (JsonNode element : tree) {
                if (anyIn(element)) {
                    return true;
                }
            }
        }
        return false;
    }
}
