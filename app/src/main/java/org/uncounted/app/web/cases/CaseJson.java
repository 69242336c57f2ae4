package org.uncounted.app.web.cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uncounted.app.web.http.WebInputException;
import org.uncounted.model.SensitiveText;

/** JSON shapes of the case API: summaries (no identifying field), full cases, and intake fields in. */
final class CaseJson {
    private CaseJson() {}

    static Map<String, Object> summary(Testimony t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("source", t.sourceId());
        m.put("firstYear", t.firstYear());
        m.put("originPlace", t.person().originPlace());
        m.put(
                "exploitation",
                t.spells().stream().map(Testimony.Spell::exploitationType).toList());
        return m;
    }

    static Map<String, Object> full(Testimony t, SensitiveText.Access access) {
        Map<String, Object> m = summary(t);
        m.put("status", t.status().name());
        m.put("consent", t.consent());
        m.put("name", reveal(t.person().name(), access));
        m.put("nameOther", reveal(t.person().nameOther(), access));
        m.put("birthYear", t.person().birthYear());
        m.put("crossing", t.crossing());
        m.put("sales", t.sales());
        m.put("spells", t.spells());
        m.put("exit", t.exit());
        m.put("narrative", t.narrative().isEmpty() ? null : t.narrative().reveal(access));
        m.put("narrativeLanguage", t.narrativeLanguage());
        return m;
    }

    private static String reveal(SensitiveText s, SensitiveText.Access a) {
        return s == null ? null : s.reveal(a);
    }

    /** Intake fields from a JSON object of strings, numbers or string arrays (the form's field names). */
    static Map<String, List<String>> fields(Map<?, ?> body) {
        Map<String, List<String>> out = new HashMap<>();
        for (var e : body.entrySet()) {
            String k = String.valueOf(e.getKey());
            Object v = e.getValue();
            if (v == null) {
                continue;
            }
            if (v instanceof List<?> list) {
                List<String> vs = new ArrayList<>();
                list.forEach(x -> vs.add(String.valueOf(x)));
                out.put(k, vs);
            } else if (v instanceof String || v instanceof Number || v instanceof Boolean) {
                out.put(k, List.of(String.valueOf(v)));
            } else {
                throw WebInputException.invalid(k, "must be a string, a number or a list of strings");
            }
        }
        return out;
    }

    static String first(Map<String, List<String>> f, String k) {
        List<String> v = f.get(k);
        return v == null || v.isEmpty() ? null : v.get(0);
    }
}
