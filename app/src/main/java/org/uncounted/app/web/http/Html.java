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
        this.out = new StringBuilder(8192);
    }

    /** Escapes text for element content and quoted attribute values. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
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
        return b.toString();
    }

    /** Opens a tag: {@code tag("div")} writes {@code <div}; finish it with {@link #attr} calls and {@link #gt}. */
    public Html open(String tagConstant) {
        out.append('<').append(tagConstant);
        return this;
    }

    /** Writes {@code name="escaped value"}; null values write nothing. */
    public Html attr(String nameConstant, Object value) {
        if (value != null) {
            out.append(' ')
                    .append(nameConstant)
                    .append("=\"")
                    .append(escape(String.valueOf(value)))
                    .append('"');
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
        out.append(escape(value == null ? "" : String.valueOf(value)));
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

    @Override
    public String toString() {
        return out.toString();
    }
}
