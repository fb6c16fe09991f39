package io.github.dokploy4j.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast path for Dokploy's timestamps reads exactly what jsr310 reads. */
class IsoInstantDeserializerTest {
    private static final ObjectMapper SDK = DokployObjectMapper.create();
    /** The SDK's mapper as it was before the fast path: jsr310 alone, epoch numbers in milliseconds. */
    private static final ObjectMapper JSR310 = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS).build();
    private static final DateTimeFormatter TO_ISO_STRING =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void readsRandomToIsoStringTimestampsAsJsr310Does() throws Exception {
        Random random = new Random(17);
        for (int i = 0; i < 20_000; i++) {
            // years 0000 to 9999
            Instant expected = Instant.ofEpochMilli(
                    Math.floorMod(random.nextLong(), 315_569_520_000_000L) - 62_167_219_200_000L);
            String json = "\"" + TO_ISO_STRING.format(expected) + "\"";
            assertThat(SDK.readValue(json, Instant.class)).as(json).isEqualTo(expected)
                    .isEqualTo(JSR310.readValue(json, Instant.class));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2024-02-29T23:59:59.999Z\"", "\"2000-02-29T00:00:00.000Z\"",
        "\"1970-01-01T00:00:00.000Z\"", "\"2026-08-21T15:20:04Z\"", "\"2026-08-21T15:20:04.131+02:00\"",
        "\"2026-08-21T15:20:04.131456Z\"", "\"2026-08-21T24:00:00.000Z\"", "\"2016-12-31T23:59:60.000Z\"",
        "1755789604131"})
    void readsOtherFormsThroughJsr310(String json) throws Exception {
        assertThat(SDK.readValue(json, Instant.class)).isEqualTo(JSR310.readValue(json, Instant.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2023-02-29T00:00:00.000Z\"", "\"2026-13-01T00:00:00.000Z\"",
        "\"2026-08-21T15:20:04.13xZ\"", "\"2026-08-21X15:20:04.131Z\""})
    void refusesWhatJsr310Refuses(String json) {
        assertThatThrownBy(() -> JSR310.readValue(json, Instant.class)).isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> SDK.readValue(json, Instant.class)).isInstanceOf(JsonMappingException.class);
    }
}
