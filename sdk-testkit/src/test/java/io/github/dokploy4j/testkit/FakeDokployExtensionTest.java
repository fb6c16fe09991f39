package io.github.dokploy4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The JUnit extension injects one fake per method, or one per class. */
class FakeDokployExtensionTest {

    @Nested
    @WithFakeDokploy(manualClock = true)
    class PerMethod {

        private FakeDokploy fromBeforeEach;

        @BeforeEach
        void remember(FakeDokploy fake) {
            fromBeforeEach = fake;
        }

        @Test
        void injectsARunningManualFake(FakeDokploy fake) {
            assertSame(fromBeforeEach, fake);
            assertTrue(fake.clock().isManual());
            assertEquals(200, new Wire(fake).get("/api/deployment.queueList").statusCode());
        }
    }

    @Nested
    @WithFakeDokploy(serverVersion = "v0.28.2")
    class PlayingAnOlderVersion {

        @Test
        void injectsAFakeOfThatVersion(FakeDokploy fake) {
            assertEquals(DokployVersion.parse("v0.28.2"), fake.serverVersion());
            assertEquals(404, new Wire(fake).get("/api/deployment.queueList").statusCode());
        }
    }

    @Nested
    @WithFakeDokploy(scope = WithFakeDokploy.Scope.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class PerClass {

        private static FakeDokploy shared;
        private static String seeded;

        @BeforeAll
        static void keep(FakeDokploy fake) {
            shared = fake;
        }

        @Test
        @Order(1)
        void seeds(FakeDokploy fake) {
            assertSame(shared, fake);
            assertFalse(fake.clock().isManual());
            seeded = fake.createApplication("web");
        }

        @Test
        @Order(2)
        void seesWhatTheFirstTestSeeded(FakeDokploy fake) {
            assertSame(shared, fake);
            assertEquals("web", new Wire(fake).getJson("/api/application.one?applicationId=" + seeded)
                    .get("name").asText());
        }
    }

    @Nested
    @WithFakeDokploy
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class Isolation {

        private static FakeDokploy first;

        @Test
        @Order(1)
        void firstTest(FakeDokploy fake) {
            first = fake;
        }

        @Test
        @Order(2)
        void getsAFreshFakeAndTheFirstOneIsClosed(FakeDokploy fake) {
            assertNotSame(first, fake);
            assertThrows(UncheckedIOException.class, () -> new Wire(first).get("/api/deployment.queueList"));
        }
    }
}
