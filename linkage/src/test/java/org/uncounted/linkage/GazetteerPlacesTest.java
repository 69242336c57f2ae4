package org.uncounted.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GazetteerPlacesTest {
    @Test
    void resolve_unknownSubCodeOfKnownCode_resolvesToParent() {
        GazetteerPlaces g = GazetteerPlaces.standard();
        assertThat(g.resolve("KP-09-CJ").id()).isEqualTo(g.resolve("KP-09").id());
        assertThat(g.resolve("KP-09").id()).isEqualTo(g.resolve("함경북도").id());
    }

    @Test
    void resolve_unknownCodeOfUnknownParent_isUnresolved() {
        assertThat(GazetteerPlaces.standard().resolve("XX-99-ZZ")).isNull();
    }
}
