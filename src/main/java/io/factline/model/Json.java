package io.factline.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;

/**
 * The one JSON configuration of factline: numbers that are whole are written as integers (600000000, not
 * 6.0E8), because consumers of the fact JSON compare them as written.
 */
public final class Json {
    private static final ObjectMapper MAPPER = create();

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper create() {
        SimpleModule numbers = new SimpleModule("factline-numbers");
        JsonSerializer<Double> doubles = new JsonSerializer<>() {
            @Override
            public void serialize(Double d, JsonGenerator gen, SerializerProvider sp) throws IOException {
                if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e17) gen.writeNumber(d.longValue());
                else gen.writeNumber(d);
            }
        };
        numbers.addSerializer(Double.class, doubles);
        numbers.addSerializer(double.class, doubles);
        return new ObjectMapper()
                .registerModule(numbers)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }
}
