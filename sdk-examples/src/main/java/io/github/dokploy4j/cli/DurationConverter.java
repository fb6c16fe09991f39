package io.github.dokploy4j.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code 90s}, {@code 10m}, {@code 1h30m}, {@code 500ms} or ISO-8601 ({@code PT10M}) as a duration. */
final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h)");

    @Override
    public Duration convert(String value) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        if (text.startsWith("p")) {
            try {
                return positive(Duration.parse(text.toUpperCase(Locale.ROOT)), value);
            } catch (java.time.format.DateTimeParseException e) {
                throw invalid(value);
            }
        }
        Matcher part = PART.matcher(text);
        Duration total = Duration.ZERO;
        int end = 0;
        while (part.find() && part.start() == end) {
            long amount = Long.parseLong(part.group(1));
            switch (part.group(2)) {
                case "ms":
                    total = total.plusMillis(amount);
                    break;
                case "s":
                    total = total.plusSeconds(amount);
                    break;
                case "m":
                    total = total.plusMinutes(amount);
                    break;
                default:
                    total = total.plusHours(amount);
                    break;
            }
            end = part.end();
        }
        if (end == 0 || end != text.length()) {
            throw invalid(value);
        }
        return positive(total, value);
    }

    private static Duration positive(Duration duration, String value) {
        if (duration.isZero() || duration.isNegative()) {
            throw new TypeConversionException("'" + value + "' is not a positive duration");
        }
        return duration;
    }

    private static TypeConversionException invalid(String value) {
        return new TypeConversionException("'" + value + "' is not a duration: use e.g. 90s, 10m, 1h30m or PT10M");
    }
}
