package io.github.dokploy4j.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** JavaScript patterns of the document keep their meaning in Java. */
class JsRegexTest {

    private static boolean test(String js, String input) {
        return Pattern.compile(JsRegex.toJava(js)).matcher(input).find();
    }

    @Test
    void anOpeningBracketInsideAClassIsALiteral() {
        String js = "^[a-zA-Z0-9@#%^&*()_+\\-=[\\]{}|;:,.<>?~`]*$";

        assertThat(test(js, "p[a]ss{w}ord&&1")).isTrue();
        assertThat(test(js, "with space")).isFalse();
    }

    @Test
    void dollarMatchesOnlyAtTheVeryEnd() {
        assertThat(test("^[a-z]+$", "abc")).isTrue();
        assertThat(test("^[a-z]+$", "abc\n")).isFalse();
        assertThat(JsRegex.toJava("^(all|\\d+[smhd])$")).isEqualTo("^(all|\\d+[smhd])\\z");
    }

    @Test
    void escapesAreKept() {
        assertThat(JsRegex.toJava("^[a-zA-Z0-9.\\-_]+$")).isEqualTo("^[a-zA-Z0-9.\\-_]+\\z");
        assertThat(test("^[a-zA-Z0-9.\\-_]+$", "my-container_1.x")).isTrue();
    }
}
