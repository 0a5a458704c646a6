package de.digitalezukunfthagen.digitalcheck.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void numbers_read_as_a_tree_are_written_back_as_they_were_given() throws Exception {
        JsonNode tree = Json.mapper().readTree("{\"a\":50.0,\"b\":100,\"c\":2.50,\"d\":0.1}");

        assertThat(Json.mapper().writeValueAsString(tree)).isEqualTo("{\"a\":50.0,\"b\":100,\"c\":2.50,\"d\":0.1}");
    }

    @Test
    void a_key_given_twice_is_rejected() {
        assertThatThrownBy(() -> Json.mapper().readTree("{\"a\":1,\"a\":2}"))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("Duplicate field 'a'");
    }
}
