package io.github.dokploy4j.cli;

import picocli.CommandLine;

/**
 * picocli's default factory, set up only when picocli has an object to make (the help command, say). Setting it up
 * looks for Groovy on the class path, and that lookup, bound to fail, reads the index of the whole jar: a tenth of
 * the time a command spends in picocli. (picocli sets it up itself when a command has a group of options, such as
 * {@code --app | --compose}: only the commands without one are spared.)
 */
final class DeferredFactory implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
        return CommandLine.defaultFactory().create(type);
    }
}
