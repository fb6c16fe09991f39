package io.github.dokploy4j.testkit;

import java.util.HashMap;
import java.util.Map;

/**
 * The log files of every host: the Dokploy host and each remote server has its own disk, so a client that forgets the
 * {@code serverId} of a remote build finds no file, as against a real installation.
 */
final class LogStore {

    /** The host key of the Dokploy host itself. */
    static final String LOCAL = "";

    private final Map<String, Map<String, LogFile>> hosts = new HashMap<>();

    /** {@code writeFile(path, "Initializing deployment\n")}: a new file, replacing one of the same name. */
    synchronized LogFile create(String host, String path, String firstText) {
        LogFile file = new LogFile();
        file.append(firstText);
        hosts.computeIfAbsent(host, h -> new HashMap<>()).put(path, file);
        return file;
    }

    synchronized LogFile find(String host, String path) {
        return hosts.getOrDefault(host, Map.of()).get(path);
    }

    /** {@code rm -f}: a build still writing keeps its handle, as on a real disk. */
    synchronized void remove(String host, String path) {
        Map<String, LogFile> files = hosts.get(host);
        if (files != null) {
            files.remove(path);
        }
    }
}
