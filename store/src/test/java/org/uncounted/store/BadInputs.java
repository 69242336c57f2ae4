package org.uncounted.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The bad inputs of issue 2 item 4, each made from a valid file: what to do to it, and which
 * line the error must name (0: the file as a whole).
 */
record BadInputs(String name, long line, Function<Path, Path> make) {
    @Override
    public String toString() {
        return name;
    }

    /** Two rich cases (lines 2 and 3 of the file), then the damage. */
    static List<BadInputs> all() {
        return List.of(
                replace("malformed JSON", 3, "\"persons\":[{", "\"persons\":[{{"),
                new BadInputs("wrong encoding (UTF-16)", 0, p -> {
                    String text = read(p);
                    return write(p, text.getBytes(StandardCharsets.UTF_16));
                }),
                new BadInputs("wrong encoding (Latin-1 bytes)", 2, p -> {
                    byte[] b = read(p).replace("Synthetic narrative", "Synthétique narrative")
                            .getBytes(StandardCharsets.ISO_8859_1);
                    return write(p, b);
                }),
                replace("unknown vocabulary value", 2, "\"saleType\":\"to_husband\"", "\"saleType\":\"to_wizard\""),
                replace("unknown place", 3, "\"origin\":\"KP-09\"", "\"origin\":\"KP-99\""),
                replace("exploitation ends before it starts", 2, "\"end\":\"2017/2018\"", "\"end\":\"2010\""),
                replace("negative price", 3, "\"amount\":12000.5", "\"amount\":-5"),
                replace("absurd price", 2, "\"amount\":12000.5", "\"amount\":900000000000"),
                replace("unknown currency", 3, "\"currency\":\"CNY\"", "\"currency\":\"XYZ\""),
                replace("age of 200", 2, "\"years\":\"24-25\"", "\"years\":\"200\""),
                new BadInputs("50 MB field", 2, p -> {
                    String text = read(p);
                    int at = text.indexOf("Synthetic narrative");
                    try (OutputStream out = Files.newOutputStream(p)) {
                        out.write(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
                        byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
                        for (int i = 0; i < 50; i++) out.write(chunk);
                        out.write(text.substring(at).getBytes(StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return p;
                }),
                new BadInputs("empty file", 0, p -> write(p, new byte[0])));
    }

    /** Replaces the first occurrence of {@code from} on line {@code line} (1-based) of the file. */
    static BadInputs replace(String name, int line, String from, String to) {
        return new BadInputs(name, line, p -> {
            String[] lines = read(p).split("\n", -1);
            if (!lines[line - 1].contains(from))
                throw new IllegalStateException(name + ": line " + line + " lacks " + from);
            lines[line - 1] = lines[line - 1].replaceFirst(
                    java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
            return write(p, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        });
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path p, byte[] bytes) {
        try {
            return Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
