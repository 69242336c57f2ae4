package org.uncounted.app.web.http;

/**
 * An HTML builder that escapes every value by default: {@link #text} and {@link #attr} escape, and only
 * {@link #tag}/{@link #close}/{@link #raw} write markup, which callers pass as string constants. This is the
 * web layer's template helper (chosen over a template engine to keep the build free of code generation); a
 * value reaching a page can only do so through an escaping method.
 */
public final class Html {
    private final StringBuilder out;

    public Html() {
        this(4096);
    }

    /** A builder with room for {@code chars} characters before it grows. */
    public Html(int chars) {
        this.out = new StringBuilder(chars);
    }

    /** Escapes text for element content and quoted attribute values. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        int first = firstSpecial(s);
        if (first < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        appendEscaped(b, s, first);
        return b.toString();
    }

    private static int firstSpecial(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<' || c == '>' || c == '&' || c == '"' || c == '\'') {
                return i;
            }
        }
        return -1;
    }

    /** Appends {@code s} escaped, straight into {@code b} (no copy when nothing needs escaping). */
    private static void appendEscaped(StringBuilder b, String s, int first) {
        if (first < 0) {
            b.append(s);
            return;
        }
        b.append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
    }

    private void escaped(Object value) {
        String s = value instanceof String str ? str : String.valueOf(value);
        appendEscaped(out, s, firstSpecial(s));
    }

    /** Opens a tag: {@code tag("div")} writes {@code <div}; finish it with {@link #attr} calls and {@link #gt}. */
    public Html open(String tagConstant) {
        out.append('<').append(tagConstant);
        return this;
    }

    /** Writes {@code name="escaped value"}; null values write nothing. */
    public Html attr(String nameConstant, Object value) {
        if (value != null) {
            out.append(' ').append(nameConstant).append("=\"");
            escaped(value);
            out.append('"');
        }
        return this;
    }

    /** Writes a boolean attribute when {@code on}. */
    public Html flag(String nameConstant, boolean on) {
        if (on) {
            out.append(' ').append(nameConstant);
        }
        return this;
    }

    public Html gt() {
        out.append('>');
        return this;
    }

    /** {@code <tag>} with no attributes. */
    public Html tag(String tagConstant) {
        out.append('<').append(tagConstant).append('>');
        return this;
    }

    public Html close(String tagConstant) {
        out.append("</").append(tagConstant).append('>');
        return this;
    }

    /** Escaped text content. */
    public Html text(Object value) {
        if (value != null) {
            escaped(value);
        }
        return this;
    }

    /** {@code <tag>escaped text</tag>}. */
    public Html el(String tagConstant, Object text) {
        return tag(tagConstant).text(text).close(tagConstant);
    }

    /** {@code <tag class="cls">escaped text</tag>}. */
    public Html el(String tagConstant, String cls, Object text) {
        return open(tagConstant).attr("class", cls).gt().text(text).close(tagConstant);
    }

    /** Markup written as is: pass only string constants or the output of another {@link Html}. */
    public Html raw(String trustedMarkup) {
        out.append(trustedMarkup);
        return this;
    }

    /** Appends another builder's markup (already escaped by it) without copying it to a string first. */
    public Html raw(Html trusted) {
        out.append(trusted.out);
        return this;
    }

    /** Characters written so far. */
    public int length() {
        return out.length();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
