package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a real response against the server's OpenAPI document: every member present is documented, every
 * documented member is present, and each value has the documented type and enum. Covers the subset of JSON Schema
 * the document uses ($ref, allOf, type or type list, properties, items, additionalProperties, enum).
 */
final class OpenApi {
    private final JsonNode doc;

    OpenApi(JsonNode doc) {
        this.doc = doc;
    }

    JsonNode responseSchema(String path, String method, String status) {
        JsonNode response = resolve(doc.path("paths").path(path).path(method).path("responses").path(status));
        JsonNode schema = response.path("content").path("application/json").path("schema");
        assertThat(schema.isMissingNode()).as("schema of %s %s %s", method, path, status).isFalse();
        return schema;
    }

    void assertMatches(JsonNode value, JsonNode given, String where) {
        JsonNode schema = flatten(given);
        JsonNode type = schema.get("type");
        if (type != null) {
            List<String> allowed = new ArrayList<>();
            if (type.isArray()) type.forEach(t -> allowed.add(t.asText()));
            else allowed.add(type.asText());
            assertThat(allowed).as("type of %s (%s)", where, value).contains(typeOf(value));
        }
        if (schema.has("enum")) {
            assertThat(schema.get("enum")).as("enum of %s", where).contains(value);
        }
        if (value.isObject() && schema.has("properties") && !schema.has("additionalProperties")) {
            Set<String> documented = new TreeSet<>();
            schema.get("properties").fieldNames().forEachRemaining(documented::add);
            Set<String> actual = new TreeSet<>();
            value.fieldNames().forEachRemaining(actual::add);
            assertThat(actual).as("members of %s", where).isEqualTo(documented);
            for (String name : actual) assertMatches(value.get(name), schema.get("properties").get(name), where + "." + name);
        } else if (value.isObject() && schema.path("additionalProperties").isObject()) {
            value.fields().forEachRemaining(f -> assertMatches(f.getValue(), schema.get("additionalProperties"), where + "." + f.getKey()));
        }
        if (value.isArray() && schema.has("items")) {
            int i = 0;
            for (JsonNode item : value) assertMatches(item, schema.get("items"), where + "[" + i++ + "]");
        }
    }

    private static String typeOf(JsonNode v) {
        if (v.isNull()) return "null";
        if (v.isTextual()) return "string";
        if (v.isIntegralNumber()) return "integer";
        if (v.isNumber()) return "number";
        if (v.isBoolean()) return "boolean";
        if (v.isArray()) return "array";
        return "object";
    }

    /** Resolves $ref and merges allOf into one object schema. */
    private JsonNode flatten(JsonNode schema) {
        schema = resolve(schema);
        if (!schema.has("allOf")) return schema;
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        ObjectNode props = merged.putObject("properties");
        merged.put("type", "object");
        for (JsonNode part : schema.get("allOf")) {
            JsonNode p = flatten(part);
            if (p.has("properties")) props.setAll((ObjectNode) p.get("properties"));
        }
        return merged;
    }

    private JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            assertThat(ref).startsWith("#/");
            node = doc.at(ref.substring(1));
            assertThat(node.isMissingNode()).as("target of " + ref).isFalse();
        }
        return node;
    }
}
