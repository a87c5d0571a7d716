package org.badgemanager.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecureEndpointTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.0.2", "127.255.255.254", "localhost", "LocalHost", "[::1]", "::1",
            "0:0:0:0:0:0:0:1"})
    void loopbackHosts(String host) {
        assertThat(SecureEndpoint.isLoopback(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "example.com", "127.0.0.1.evil.com", "localhost.evil.com", "evil-localhost",
            "10.0.0.1", "0.0.0.0", "128.0.0.1", "[::2]", "::", "127.0.0.256", "127.0.0.1a", "127.0.0.", "127.0.0.1000"})
    void notLoopbackHosts(String host) {
        assertThat(SecureEndpoint.isLoopback(host)).isFalse();
    }

    @Test
    void nullHostIsNotLoopback() {
        assertThat(SecureEndpoint.isLoopback(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com", "HTTPS://example.com/rest/", "https://127.0.0.1.evil.com/",
            "http://127.0.0.1/", "http://127.0.0.2:8080/rest/", "http://localhost:18024/", "http://[::1]:18024/"})
    void allowed(String uri) {
        assertThat(SecureEndpoint.isAllowed(URI.create(uri))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com", "http://127.0.0.1.evil.com", "http://localhost.evil.com/",
            "http://10.0.0.1/", "ftp://127.0.0.1/", "ws://localhost/", "example.com/rest/"})
    void refused(String uri) {
        assertThat(SecureEndpoint.isAllowed(URI.create(uri))).isFalse();
    }
}
