package de.digitalezukunfthagen.digitalcheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenTest {
    @Test
    void a_token_has_at_least_128_random_bits_in_url_safe_characters() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = Token.generate();
            assertThat(token).matches("[A-Za-z0-9_-]{24}");
            assertThat(Base64.getUrlDecoder().decode(token).length * 8).isGreaterThanOrEqualTo(128);
            assertThat(Token.wellFormed(token)).isTrue();
            seen.add(token);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void only_the_sha_256_of_a_token_is_kept() {
        assertThat(Token.hash("AAAAAAAAAAAAAAAAAAAAAAAA")).matches("[0-9a-f]{64}")
                .isNotEqualTo(Token.hash("AAAAAAAAAAAAAAAAAAAAAAAB"));
    }

    @Test
    void anything_else_is_no_token() {
        assertThat(Token.wellFormed(null)).isFalse();
        assertThat(Token.wellFormed("short")).isFalse();
        assertThat(Token.wellFormed("AAAAAAAAAAAAAAAAAAAAAAA/")).isFalse();
        assertThat(Token.wellFormed("AAAAAAAAAAAAAAAAAAAAAAAAA")).isFalse();
    }
}
