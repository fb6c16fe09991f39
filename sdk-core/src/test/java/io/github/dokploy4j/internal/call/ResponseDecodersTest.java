package io.github.dokploy4j.internal.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A decoder resolves its type when it first decodes, not when its procedure is declared: a process that declares a
 * router but calls one procedure pays only for that procedure's types.
 */
class ResponseDecodersTest {

    @Test
    void declaringADecoderResolvesNothingAndTheFirstDecodeResolvesItsTypeOnce() throws IOException {
        int before = Counted.DESERIALIZERS_MADE.get();

        ResponseDecoder<List<Counted>> decoder = ResponseDecoders.listOf(Counted.class, "counted values");

        assertThat(Counted.DESERIALIZERS_MADE.get()).isEqualTo(before);
        assertThat(decoder.decode(bytes("[\"a\",\"b\"]"))).extracting(counted -> counted.text)
                .containsExactly("a", "b");
        assertThat(decoder.decode(bytes("[\"c\"]"))).extracting(counted -> counted.text).containsExactly("c");
        assertThat(Counted.DESERIALIZERS_MADE.get()).isEqualTo(before + 1);
    }

    @Test
    void theOtherDecodersAreLazyToo() throws IOException {
        int before = Counted.DESERIALIZERS_MADE.get();

        ResponseDecoder<Counted> value = ResponseDecoders.valueOf(Counted.class);
        ResponseDecoder<Optional<Counted>> optional = ResponseDecoders.optionalOf(Counted.class, "a counted value");
        ResponseDecoder<Counted> object = ResponseDecoders.object(Counted.class, "a counted object");

        assertThat(Counted.DESERIALIZERS_MADE.get()).isEqualTo(before);
        assertThat(value.decode(bytes("\"x\"")).text).isEqualTo("x");
        assertThat(optional.decode(bytes("\"y\""))).map(counted -> counted.text).hasValue("y");
        assertThat(object.decode(bytes("{\"text\":\"o\"}")).text).isEqualTo("o");
        assertThat(ResponseDecoders.bool().decode(bytes("true"))).isTrue();
        assertThat(ResponseDecoders.string("a text").decode(bytes("\"z\""))).isEqualTo("z");
        assertThat(ResponseDecoders.tree().decode(bytes("{\"a\":1}")).path("a").asInt()).isEqualTo(1);
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** A value whose deserializer counts how often Jackson makes it. */
    @JsonDeserialize(using = CountingDeserializer.class)
    static final class Counted {
        static final AtomicInteger DESERIALIZERS_MADE = new AtomicInteger();

        final String text;

        Counted(String text) {
            this.text = text;
        }
    }

    static final class CountingDeserializer extends JsonDeserializer<Counted> {
        CountingDeserializer() {
            Counted.DESERIALIZERS_MADE.incrementAndGet();
        }

        @Override
        public Counted deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.isExpectedStartObjectToken()) {
                return new Counted(context.readTree(parser).path("text").asText());
            }
            return new Counted(parser.getValueAsString());
        }
    }
}
