package org.uncounted.app.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escape_markupCharacters_areReplacedByEntities() {
        assertThat(Html.escape("<a href=\"x\">'&'</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    }

    @Test
    void escape_nothingToEscape_returnsTheSameString() {
        String s = "김순희 broker 中介";
        assertThat(Html.escape(s)).isSameAs(s);
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void textAndAttr_escapeEveryValue_andNullsWriteNothing() {
        Html h = new Html(8);
        h.open("input").attr("value", "\"><script>").attr("title", null).gt();
        h.text("이름 <b>").text(null).el("span", "c", 12);

        assertThat(h.toString())
                .isEqualTo("<input value=\"&quot;&gt;&lt;script&gt;\">이름 &lt;b&gt;<span class=\"c\">12</span>");
    }

    @Test
    void rawHtml_appendsTheOtherBuildersMarkupUnchanged() {
        Html inner = new Html().el("p", "a & b");
        Html outer = new Html().tag("div").raw(inner).close("div");

        assertThat(outer.toString()).isEqualTo("<div><p>a &amp; b</p></div>");
        assertThat(outer.length()).isEqualTo(outer.toString().length());
    }
}
