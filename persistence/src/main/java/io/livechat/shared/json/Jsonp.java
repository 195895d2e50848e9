package io.livechat.shared.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Collection;
import java.util.Map;

/**
 * {@link jakarta.json.Json}'s factory methods on one provider looked up once. {@code Json.createX}
 * looks the provider up again at every call: a service-loader scan of every jar of the application
 * and, on Payara, an OSGi lookup after it, under the class loader's lock. Under webhook load that was
 * a fifth of the server's CPU and a lock every thread queued on. Use these instead.
 */
public final class Jsonp {

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(Map.of());
    private static final JsonReaderFactory READERS = PROVIDER.createReaderFactory(Map.of());

    private Jsonp() {
    }

    public static JsonObjectBuilder createObjectBuilder() {
        return BUILDERS.createObjectBuilder();
    }

    public static JsonObjectBuilder createObjectBuilder(JsonObject object) {
        return BUILDERS.createObjectBuilder(object);
    }

    public static JsonArrayBuilder createArrayBuilder() {
        return BUILDERS.createArrayBuilder();
    }

    public static JsonArrayBuilder createArrayBuilder(Collection<?> values) {
        return BUILDERS.createArrayBuilder(values);
    }

    public static JsonString createValue(String value) {
        return PROVIDER.createValue(value);
    }

    public static JsonReader createReader(Reader reader) {
        return READERS.createReader(reader);
    }

    /** Detects the encoding (UTF-8, -16 or -32) as JSON allows. */
    public static JsonReader createReader(InputStream in) {
        return READERS.createReader(in);
    }

    public static JsonReader createReader(InputStream in, Charset charset) {
        return READERS.createReader(in, charset);
    }
}
