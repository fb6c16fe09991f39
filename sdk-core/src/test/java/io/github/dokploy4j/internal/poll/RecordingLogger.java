package io.github.dokploy4j.internal.poll;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;

/** A logger that remembers the level of each line it was given ("warn", "info", "debug", …). */
final class RecordingLogger {
    final List<String> levels = new CopyOnWriteArrayList<>();
    final Logger logger = (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
            (proxy, method, args) -> {
                String name = method.getName();
                if (name.startsWith("is") && name.endsWith("Enabled")) {
                    return true;
                }
                if (List.of("trace", "debug", "info", "warn", "error").contains(name)) {
                    levels.add(name);
                }
                return name.equals("getName") ? "test" : null;
            });
}
