package org.uncounted.security.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.uncounted.model.Person;
import org.uncounted.model.place.Gazetteer;
import org.uncounted.model.place.Place;
import org.uncounted.security.access.Role;
import org.uncounted.security.access.User;

class PlacePolicyTest {
    final Gazetteer g = Gazetteer.standard();
    final PlacePolicy policy = new PlacePolicy(g);
    final Place yanji = g.require("CN-222401");
    final Place yanbian = g.require("CN-222400");
    final Place sinuiju = g.require("KP-03-SINUIJU");
    final Person inChina = Person.builder("p1").possiblyInChina(true).build();
    final Person safe = Person.builder("p2").possiblyInChina(false).build();

    @Test
    void possiblyInChina_countyInChina_coarsenedToPrefectureForNonIdentifyingRoles() {
        for (Role role : new Role[] {Role.ADMIN, Role.ANALYST, Role.VIEWER}) {
            assertThat(policy.visiblePlace(yanji, inChina, role))
                    .as(role.name())
                    .isEqualTo(yanbian);
        }
        assertThat(policy.visiblePlace(yanji, inChina, Role.RESEARCHER)).isEqualTo(yanji);
        assertThat(policy.visiblePlace(yanji, inChina, Role.INTERVIEWER)).isEqualTo(yanji);
    }

    @Test
    void notInChina_orPlaceOutsideChina_orAlreadyCoarse_unchanged() {
        assertThat(policy.visiblePlace(yanji, safe, Role.VIEWER)).isEqualTo(yanji);
        assertThat(policy.visiblePlace(sinuiju, inChina, Role.VIEWER)).isEqualTo(sinuiju);
        assertThat(policy.visiblePlace(yanbian, inChina, Role.VIEWER)).isEqualTo(yanbian);
    }

    @Test
    void user_withAnyIdentifyingRole_seesExactPlace() {
        User both = new User("u", Set.of(Role.ANALYST, Role.RESEARCHER), Set.of("s"), false);
        assertThat(policy.visiblePlace(yanji, inChina, both)).isEqualTo(yanji);
        assertThat(policy.visiblePlace(yanji, inChina, User.of("a", Role.ANALYST, "s")))
                .isEqualTo(yanbian);
    }

    @Test
    void codedPlace_isProvinceLevel() {
        assertThat(policy.codedPlace(yanji).id()).isEqualTo("CN-JL");
        assertThat(policy.codedPlace(sinuiju).id()).isEqualTo("KP-03");
    }
}
