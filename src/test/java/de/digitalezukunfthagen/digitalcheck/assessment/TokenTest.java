package de.digitalezukunfthagen.digitalcheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenTest {
    @Test
    void aTokenHasAtLeast128RandomBitsInUrlSafeCharacters() {
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
    void onlyTheSha256OfATokenIsKept() {
        assertThat(Token.hash("AAAAAAAAAAAAAAAAAAAAAAAA")).matches("[0-9a-f]{64}")
                .isNotEqualTo(Token.hash("AAAAAAAAAAAAAAAAAAAAAAAB"));
    }

    @Test
    void anythingElseIsNoToken() {
        assertThat(Token.wellFormed(null)).isFalse();
        assertThat(Token.wellFormed("short")).isFalse();
        assertThat(Token.wellFormed("AAAAAAAAAAAAAAAAAAAAAAA/")).isFalse();
        assertThat(Token.wellFormed("AAAAAAAAAAAAAAAAAAAAAAAAA")).isFalse();
    }
}
