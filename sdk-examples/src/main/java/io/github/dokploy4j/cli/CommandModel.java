package io.github.dokploy4j.cli;

import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A command's picocli model, declared in code. picocli reads annotations by reflection, and each annotation type
 * then costs a proxy class made at run time, which the class-data archive cannot hold on Java 17: reading the
 * commands' annotations was a tenth of a whole {@code dokploy --json queue}. An option or parameter made here keeps
 * its value itself; the command reads it with {@code getValue()} once picocli has parsed the arguments.
 */
final class CommandModel {
    /** What makes the objects picocli needs; the same for every command. */
    static final CommandLine.IFactory FACTORY = new DeferredFactory();

    private final CommandSpec spec;

    private CommandModel(CommandSpec spec) {
        this.spec = spec;
    }

    /**
     * Starts the model of a command: options are listed in the order they are added, then help and version.
     *
     * @param command what picocli runs ({@code Callable}) when the command is given
     * @param description the paragraphs of its description; the first also describes it in the list of commands
     * @return the model, to add options to
     */
    static CommandModel of(Object command, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command, FACTORY);
        spec.usageMessage().description(description).sortOptions(false);
        return new CommandModel(spec);
    }

    /** Adds options and positional parameters, in this order. */
    CommandModel add(ArgSpec... args) {
        for (ArgSpec arg : args) {
            if (arg instanceof OptionSpec) {
                spec.addOption((OptionSpec) arg);
            } else {
                spec.addPositional((PositionalParamSpec) arg);
            }
        }
        return this;
    }

    /** Adds a group of options, e.g. {@link #oneOf}. */
    CommandModel add(ArgGroupSpec group) {
        spec.addArgGroup(group);
        return this;
    }

    /** Adds a subcommand. */
    CommandModel add(String name, CommandSpec subcommand) {
        // with a command line made here: given the spec alone, picocli makes one with its default factory
        spec.addSubcommand(name, new CommandLine(subcommand, FACTORY));
        return this;
    }

    /**
     * Ends the model with {@code -h, --help} and {@code -V, --version}, which every command takes.
     *
     * @return the model
     */
    CommandSpec withHelp() {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).initialValue(false)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).initialValue(false)
                .description("Print version information and exit.").build());
        spec.versionProvider(new CliVersion());
        return spec;
    }

    /** An option without a value: {@link #given} tells whether the command line has it. */
    static OptionSpec flag(String name, String description) {
        return OptionSpec.builder(name).type(boolean.class).arity("0").description(description).build();
    }

    /** Whether the command line gives a {@link #flag}. */
    static boolean given(OptionSpec flag) {
        return Boolean.TRUE.equals(flag.getValue());
    }

    /** An option with a text value: {@code getValue()} is {@code null} when it is not given. */
    static OptionSpec text(String name, String label, String description) {
        return OptionSpec.builder(name).type(String.class).paramLabel(label).description(description).build();
    }

    /** A text option that one of a group must give ({@link #oneOf}). */
    static OptionSpec requiredText(String name, String label, String description) {
        return OptionSpec.builder(name).type(String.class).paramLabel(label).required(true)
                .description(description).build();
    }

    /** An option with a whole number, {@code defaultValue} when it is not given. */
    static OptionSpec number(String name, String label, int defaultValue, String description) {
        return OptionSpec.builder(name).type(int.class).paramLabel(label).defaultValue(Integer.toString(defaultValue))
                .description(description).build();
    }

    /** An option with a duration ({@link DurationConverter}), {@code defaultValue} when it is not given. */
    static OptionSpec duration(String name, String defaultValue, String description) {
        return OptionSpec.builder(name).type(Duration.class).paramLabel("D").converters(new DurationConverter())
                .defaultValue(defaultValue).description(description).build();
    }

    /** A required positional parameter: the first argument that is no option. */
    static PositionalParamSpec parameter(String label, String description) {
        return PositionalParamSpec.builder().index("0").arity("1").required(true).type(String.class)
                .paramLabel(label).description(description).build();
    }

    /** A group of options of which exactly one must be given. */
    static ArgGroupSpec oneOf(ArgSpec... options) {
        ArgGroupSpec.Builder group = ArgGroupSpec.builder().exclusive(true).multiplicity("1");
        for (ArgSpec option : options) {
            group.addArg(option);
        }
        return group.build();
    }
}
