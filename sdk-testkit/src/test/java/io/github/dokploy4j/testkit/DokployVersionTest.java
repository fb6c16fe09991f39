package io.github.dokploy4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DokployVersionTest {

    @Test
    void parsesWithOrWithoutTheLeadingV() {
        DokployVersion version = DokployVersion.parse("v0.28.2");

        assertEquals(0, version.major());
        assertEquals(28, version.minor());
        assertEquals(2, version.patch());
        assertEquals("v0.28.2", version.toString());
        assertEquals(version, DokployVersion.parse("0.28.2"));
        assertEquals(version.hashCode(), DokployVersion.parse(" 0.28.2 ").hashCode());
    }

    @Test
    void ordersNumericallyNotAsText() {
        assertTrue(DokployVersion.parse("v0.28.10").isAtLeast(DokployVersion.parse("v0.28.9")));
        assertTrue(DokployVersion.parse("v1.0.0").compareTo(DokployVersion.parse("v0.99.99")) > 0);
        assertFalse(DokployVersion.parse("v0.29.4").isAtLeast(DokployVersion.parse("v0.29.5")));
        assertTrue(DokployVersion.parse("v0.29.5").isAtLeast(DokployVersion.parse("v0.29.5")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "v0.28", "0.28.2.1", "v0.28.x", "latest", "v0.28.2-rc1"})
    void refusesWhatIsNotAVersion(String text) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> DokployVersion.parse(text));
        assertTrue(refused.getMessage().contains("v0.28.2"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"v0.26.9", "v0.30.3", "v1.0.0"})
    void theFakePlaysOnlyTheVersionsItKnows(String version) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> FakeDokployOptions.builder().serverVersion(version));
        assertEquals("the fake plays Dokploy v0.27.0 to v0.30.2, not " + version + ": older servers differ in ways"
                + " nobody measured, newer ones are not known yet", refused.getMessage());
    }
}
