package io.github.dokploy4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {
    private final DurationConverter converter = new DurationConverter();

    @Test
    void readsUnitsAndTheirCombinations() {
        assertThat(converter.convert("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(converter.convert("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(converter.convert("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(converter.convert("500ms")).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void readsIso8601() {
        assertThat(converter.convert("PT2M")).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void refusesGarbageAndZero() {
        assertThatThrownBy(() -> converter.convert("10")).isInstanceOf(TypeConversionException.class);
        assertThatThrownBy(() -> converter.convert("5m later")).isInstanceOf(TypeConversionException.class);
        assertThatThrownBy(() -> converter.convert("0s")).isInstanceOf(TypeConversionException.class);
    }
}
