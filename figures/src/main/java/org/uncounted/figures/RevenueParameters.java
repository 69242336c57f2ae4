package org.uncounted.figures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A versioned revenue-model parameter file: tab-separated lines {@code format}, {@code version},
 * {@code currency}, then {@code param} lines (id, distribution, its arguments, unit, grade,
 * source) and {@code component} lines (id, factors joined by " * ", description); "#" starts a
 * comment. {@link #defaults()} is the shipped file, built from domain.md §5.7.
 */
public record RevenueParameters(
        String version, String currency, Map<String, RevenueParameter> parameters, List<RevenueComponent> components) {
    public static final String FORMAT = "uncounted-revenue/1";
    private static final String DEFAULT_RESOURCE = "/org/uncounted/figures/revenue-parameters.tsv";

    public RevenueParameters {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        components = List.copyOf(components);
        for (RevenueComponent c : components) {
            for (String f : c.factors()) {
                if (!parameters.containsKey(f)) {
                    throw new InvalidFigureInputException("component " + c.id() + " uses unknown parameter " + f);
                }
            }
        }
        if (components.isEmpty()) {
            throw new InvalidFigureInputException("revenue model has no components");
        }
    }

    /** The shipped defaults (domain.md §5.7; CNY at 2019 prices). */
    public static RevenueParameters defaults() {
        try (InputStream in = RevenueParameters.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), "revenue-parameters.tsv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same model with one parameter replaced, e.g. a stock taken from the population estimate. */
    public RevenueParameters withDistribution(String id, Distribution d, String source) {
        RevenueParameter old = parameters.get(id);
        if (old == null) {
            throw new InvalidFigureInputException("no parameter " + id + " in revenue model " + version);
        }
        Map<String, RevenueParameter> p = new LinkedHashMap<>(parameters);
        p.put(id, new RevenueParameter(id, d, old.unit(), old.grade(), source));
        return new RevenueParameters(version + "+" + id, currency, p, components);
    }

    public static RevenueParameters parse(Reader reader, String fileName) {
        String version = null;
        String currency = null;
        boolean format = false;
        Map<String, RevenueParameter> params = new LinkedHashMap<>();
        List<RevenueComponent> comps = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(reader)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                switch (f[0]) {
                    case "format" -> {
                        if (f.length != 2 || !f[1].equals(FORMAT)) {
                            throw new InvalidParameterFileException(fileName, no, "format must be " + FORMAT);
                        }
                        format = true;
                    }
                    case "version" -> version = field(f, 1, fileName, no);
                    case "currency" -> currency = field(f, 1, fileName, no);
                    case "param" -> {
                        RevenueParameter p = ParameterLine.parse(f, fileName, no);
                        if (params.put(p.id(), p) != null) {
                            throw new InvalidParameterFileException(fileName, no, "duplicate parameter " + p.id());
                        }
                    }
                    case "component" ->
                        comps.add(new RevenueComponent(
                                field(f, 1, fileName, no),
                                List.of(field(f, 2, fileName, no).split("\\s*\\*\\s*")),
                                f.length > 3 ? f[3] : ""));
                    default -> throw new InvalidParameterFileException(fileName, no, "unknown line type " + f[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName, e);
        }
        if (!format || version == null || currency == null) {
            throw new InvalidParameterFileException(fileName, 0, "needs format, version and currency lines");
        }
        return new RevenueParameters(version, currency, params, comps);
    }

    static String field(String[] f, int i, String file, int line) {
        if (f.length <= i || f[i].isBlank()) {
            throw new InvalidParameterFileException(file, line, "missing field " + (i + 1) + " of " + f[0]);
        }
        return f[i].trim();
    }
}
