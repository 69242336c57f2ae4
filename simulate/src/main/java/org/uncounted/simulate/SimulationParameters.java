package org.uncounted.simulate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of a synthetic population: the defaults of the domain research's parameter sheet
 * (section 5), optionally overridden by a user's file.
 *
 * <p>The format is one {@code key = value} per line, {@code #} comment lines; see the shipped
 * {@code default-parameters.properties}, which documents every key with its parameter id and evidence
 * grade. A user file may hold only the keys it changes; an unknown key is an error, so that a typo
 * never silently keeps a default. Keys under {@code org.} may be new: a user can define further
 * documenting organisations (listed in {@code org.ids}).
 */
public final class SimulationParameters {
    /** Resource path of the shipped defaults, for users who want to copy them. */
    public static final String DEFAULTS_RESOURCE = "default-parameters.properties";

    /** One value with the place it came from, for error messages. */
    public record Entry(String value, String origin) {}

    private final Map<String, Entry> entries;

    private SimulationParameters(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** The shipped defaults. */
    public static SimulationParameters defaults() {
        return new SimulationParameters(parse(defaultsText(), DEFAULTS_RESOURCE));
    }

    /** The shipped text of the defaults (for {@code --write-default-params}). */
    public static String defaultsText() {
        try (InputStream in = SimulationParameters.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + DEFAULTS_RESOURCE);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The defaults overridden by the keys of {@code file}. */
    public static SimulationParameters load(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return defaults().with(parse(text, file.getFileName().toString()));
    }

    /** The defaults overridden by the keys in {@code text} (named {@code name} in errors). */
    public static SimulationParameters parseOverrides(String text, String name) {
        return defaults().with(parse(text, name));
    }

    private SimulationParameters with(Map<String, Entry> overrides) {
        Map<String, Entry> merged = new LinkedHashMap<>(entries);
        for (var e : overrides.entrySet()) {
            if (!merged.containsKey(e.getKey()) && !e.getKey().startsWith("org.")) {
                throw new InvalidSimulationParameterException(
                        e.getValue().origin() + ": key '" + e.getKey() + "': unknown parameter");
            }
            merged.put(e.getKey(), e.getValue());
        }
        return new SimulationParameters(merged);
    }

    /** All entries in file order. */
    public Map<String, Entry> entries() {
        return entries;
    }

    /** The entry for {@code key}; a missing key is an error naming it. */
    public Entry entry(String key) {
        Entry e = entries.get(Objects.requireNonNull(key));
        if (e == null) throw new InvalidSimulationParameterException("parameter '" + key + "': missing");
        return e;
    }

    /** Whether {@code key} is defined. */
    public boolean has(String key) {
        return entries.containsKey(key);
    }

    static Map<String, Entry> parse(String text, String name) {
        Map<String, Entry> out = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String origin = name + ":" + (i + 1);
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new InvalidSimulationParameterException(
                        origin + ": line '" + abbreviate(line) + "': expected key = value");
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (out.put(key, new Entry(value, origin)) != null) {
                throw new InvalidSimulationParameterException(origin + ": key '" + key + "': defined twice");
            }
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
