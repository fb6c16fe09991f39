package io.github.dokploy4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The input of one {@code dokploy api} call as a JSON object: the object of {@code --data} (its text, or standard
 * input for {@code --data -} or a lone {@code -}), then each field flag ({@code --NAME VALUE} or
 * {@code --NAME=VALUE}) set on it, converted as the procedure's input expects ({@link FieldValues}). A flag the
 * procedure's input does not have is a usage error; a field newer than this CLI goes in {@code --data}, which is
 * sent as given. For a procedure the CLI does not know, flags are sent as text.
 */
final class ProcedureInput {
    private static final String STDIN = "-";

    private final String procedure;
    private final @Nullable InputFields fields;

    /**
     * Reads inputs for a procedure.
     *
     * @param procedure its name, for messages
     * @param fields its input's fields, or {@code null} when the CLI does not know the procedure (flags are then
     *     sent as text)
     */
    ProcedureInput(String procedure, @Nullable InputFields fields) {
        this.procedure = procedure;
        this.fields = fields;
    }

    /**
     * Reads the input.
     *
     * @param flags the arguments after the procedure's name that picocli did not take: field flags, their values,
     *     and maybe a lone {@code -}
     * @param data the value of {@code --data}, if given
     * @param standardInput reads standard input, once
     * @return the input object; empty when nothing was given
     */
    ObjectNode read(List<String> flags, @Nullable String data, Supplier<String> standardInput) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        boolean dash = parse(flags, values);
        if (dash && data != null) {
            throw new CliFailure(ExitCode.USAGE, "standard input is read once: give either --data - or -, not both",
                    null);
        }
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        if (data != null && !data.equals(STDIN)) {
            input.setAll(object(data, "--data"));
        } else if (data != null || dash) {
            input.setAll(object(standardInput.get(), "standard input"));
        }
        FieldValues converter = new FieldValues(procedure);
        values.forEach((name, texts) -> input.set(name, value(converter, name, texts)));
        return input;
    }

    /** Splits {@code --NAME VALUE} and {@code --NAME=VALUE} pairs; returns whether a lone {@code -} was given. */
    private boolean parse(List<String> flags, Map<String, List<String>> values) {
        boolean dash = false;
        for (int i = 0; i < flags.size(); i++) {
            String flag = flags.get(i);
            if (flag.equals(STDIN)) {
                dash = true;
                continue;
            }
            if (!flag.startsWith("--") || flag.length() == 2) {
                throw new CliFailure(ExitCode.USAGE, "unexpected argument \"" + flag + "\": fields are given as "
                        + "--NAME VALUE (" + procedure + ")", hint());
            }
            int equals = flag.indexOf('=');
            String name;
            String value;
            if (equals > 0) {
                name = flag.substring(2, equals);
                value = flag.substring(equals + 1);
            } else if (i + 1 < flags.size()) {
                name = flag.substring(2);
                value = flags.get(++i);
            } else {
                throw new CliFailure(ExitCode.USAGE, flag + " needs a value (" + procedure + ")", hint());
            }
            values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return dash;
    }

    private JsonNode value(FieldValues converter, String name, List<String> texts) {
        if (fields == null) {
            if (texts.size() == 1) {
                return JsonNodeFactory.instance.textNode(texts.get(0));
            }
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            texts.forEach(array::add);
            return array;
        }
        InputFields.Field field = fields.find(name);
        if (field == null) {
            throw new CliFailure(ExitCode.USAGE, fields.isEmpty() ? procedure + " takes no input"
                    : procedure + " has no field " + name, fields.isEmpty() ? null : hint()
                            + "; a field newer than this CLI goes in --data '{\"" + name + "\": …}'");
        }
        return converter.value(field, texts);
    }

    private ObjectNode object(String text, String source) {
        JsonNode node;
        try {
            node = JsonDocuments.parse(text);
        } catch (JsonProcessingException e) {
            // Jackson's message quotes the text, which may hold secrets: only the position is shown.
            throw new CliFailure(ExitCode.USAGE, source + " is not one JSON document"
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")"), null);
        }
        if (!node.isObject()) {
            throw new CliFailure(ExitCode.USAGE, source + " must be a JSON object ({\"field\": value, …}), not "
                    + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT), null);
        }
        return (ObjectNode) node;
    }

    /** What the procedure takes, for usage hints. */
    @Nullable String hint() {
        if (fields == null) {
            return null;
        }
        return fields.isEmpty() ? procedure + " takes no input" : procedure + " takes " + fields.synopsis();
    }
}
