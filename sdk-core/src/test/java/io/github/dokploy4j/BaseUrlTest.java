package io.github.dokploy4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlTest {

    @ParameterizedTest
    @CsvSource({
        "https://dokploy.example.com, https://dokploy.example.com/api/",
        "https://dokploy.example.com/, https://dokploy.example.com/api/",
        "https://dokploy.example.com/api, https://dokploy.example.com/api/",
        "https://dokploy.example.com/api/, https://dokploy.example.com/api/",
        "https://dokploy.example.com/API/, https://dokploy.example.com/api/",
        "https://example.com/dokploy, https://example.com/dokploy/api/",
        "https://example.com/dokploy/api//, https://example.com/dokploy/api/",
        "http://10.0.0.5:3000, http://10.0.0.5:3000/api/",
        "HTTP://Host:3000/api, http://Host:3000/api/",
        "http://[::1]:3000, http://[::1]:3000/api/",
        "'  https://dokploy.example.com  ', https://dokploy.example.com/api/",
    })
    void acceptedFormsYieldOneApiRoot(String given, String expected) {
        assertThat(BaseUrl.apiRoot(given)).isEqualTo(URI.create(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://host?x=1", "https://host/#frag", "https://user:secret@host"})
    void queryFragmentAndUserInfoAreRefusedWithAReason(String given) {
        assertThatIllegalArgumentException().isThrownBy(() -> BaseUrl.apiRoot(given))
                .withMessageStartingWith("baseUrl must not contain")
                .withMessageNotContaining("secret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dokploy.example.com", "ftp://host", "file:///etc/passwd", "https://", ""})
    void addressesThatAreNotHttpAreRefused(String given) {
        assertThatIllegalArgumentException().isThrownBy(() -> BaseUrl.apiRoot(given))
                .withMessageContaining("baseUrl");
    }
}
