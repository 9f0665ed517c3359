package org.sitrep.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;

/**
 * The server's one JSON mapper: java.time values as ISO-8601 strings, never epoch numbers, and a strict reader that
 * treats trailing garbage after a JSON value as not JSON. Jackson mappers are thread-safe once built.
 */
final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() {
    }

    static void write(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").result(MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a response body as JSON", e);
        }
    }

    /** Throws a 400 {@code invalid-json} unless {@code body} is exactly one JSON value. */
    static void requireJson(String body) {
        if (body == null || body.isBlank()) throw new BadRequestException("invalid-json", "the request body is empty; send a JSON object or array");
        try {
            MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequestException("invalid-json", "the request body is not JSON: " + e.getOriginalMessage());
        }
    }
}
