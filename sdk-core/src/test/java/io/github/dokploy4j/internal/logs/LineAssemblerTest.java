package io.github.dokploy4j.internal.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lines come out whole whatever the pieces the text arrives in. */
class LineAssemblerTest {
    private final List<String> lines = new ArrayList<>();
    private final LineAssembler assembler = new LineAssembler(lines::add);

    @Test
    void aLineSplitMidWayIsDeliveredOnceItEnds() {
        assembler.accept("Step 1/3 : FR");
        assertThat(lines).isEmpty();

        assembler.accept("OM eclipse-temurin:17\nStep 2/3");

        assertThat(lines).containsExactly("Step 1/3 : FROM eclipse-temurin:17");
        assertThat(assembler.partialLine()).isEqualTo("Step 2/3");
    }

    @Test
    void severalLinesInOnePieceAreSeveralLines() {
        assembler.accept("a\nb\n\nc\n");

        assertThat(lines).containsExactly("a", "b", "", "c");
        assertThat(assembler.hasPartialLine()).isFalse();
    }

    @Test
    void aCrlfSplitBetweenItsTwoCharactersEndsOneLine() {
        assembler.accept("npm WARN deprecated\r");
        assembler.accept("\nnext\r\n");

        assertThat(lines).containsExactly("npm WARN deprecated", "next");
    }

    @Test
    void emptyPiecesChangeNothing() {
        assembler.accept("");
        assembler.accept("ab");
        assembler.accept("");
        assembler.accept("c\n");
        assembler.accept("");

        assertThat(lines).containsExactly("abc");
    }

    @Test
    void aCharacterOutsideTheBasicPlaneSplitBetweenItsTwoCharsIsRejoined() {
        String rocket = "\uD83D\uDE80";
        assembler.accept("deployed \uD83D");
        assembler.accept("\uDE80 ok\n");

        assertThat(lines).containsExactly("deployed " + rocket + " ok");
    }

    @Test
    void aLoneCarriageReturnInsideALineIsKept() {
        assembler.accept("progress 10%\rprogress 20%\n");

        assertThat(lines).containsExactly("progress 10%\rprogress 20%");
    }

    /** Property: for random texts cut at random places (seeded, so a failure repeats), the lines are the same. */
    @Test
    void anyChunkingGivesTheSameLines() {
        String[] alphabet = {"a", "b", " ", "\n", "\r\n", "é", "✅", "\uD83D\uDE80", "", "\n\n"};
        for (long seed = 1; seed <= 500; seed++) {
            Random random = new Random(seed);
            StringBuilder text = new StringBuilder();
            int parts = random.nextInt(200);
            for (int i = 0; i < parts; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            List<String> whole = new ArrayList<>();
            LineAssembler reference = new LineAssembler(whole::add);
            reference.accept(text);

            List<String> chunked = new ArrayList<>();
            LineAssembler underTest = new LineAssembler(chunked::add);
            int at = 0;
            while (at < text.length()) {
                int cut = Math.min(text.length(), at + random.nextInt(8));
                underTest.accept(text.subSequence(at, cut));
                at = cut;
            }

            assertThat(chunked).as("seed %d", seed).isEqualTo(whole);
            assertThat(underTest.partialLine()).as("seed %d", seed).isEqualTo(reference.partialLine());
            assertThat(String.join("\n", chunked)).as("seed %d", seed).doesNotContain("\r\n");
        }
    }
}
