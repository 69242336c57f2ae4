package org.uncounted.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationParametersTest {
    @TempDir
    Path tmp;

    @Test
    void defaults_everyValueDocumentsItsParameterIdOrSection() {
        String text = SimulationParameters.defaultsText();
        assertThat(text).contains("P-POP-1", "P-HAZ-1", "P-PRC-1", "P-LIST-4", "P-NOISE-7");
        assertThat(SimulationParameters.defaults().entry("pop.transient-share").value())
                .isEqualTo("0.15");
    }

    @Test
    void parseOverrides_unknownKey_failsNamingFileLineAndKey() {
        assertThatThrownBy(
                        () -> SimulationParameters.parseOverrides("# c\npop.transent-share = 0.2\n", "my.properties"))
                .isInstanceOf(InvalidSimulationParameterException.class)
                .hasMessageContaining("my.properties:2")
                .hasMessageContaining("pop.transent-share");
    }

    @Test
    void run_valueOutOfRange_failsBeforeWritingAnything() {
        SimulationParameters p = SimulationParameters.parseOverrides("pop.transient-share = 1.5", "p.properties");
        assertThatThrownBy(() -> Simulator.run(
                        SimulationSettings.of(10, 1).withParameters(p), tmp.resolve("o"), SimulationProgress.NONE))
                .isInstanceOf(InvalidSimulationParameterException.class)
                .hasMessageContaining("p.properties:1")
                .hasMessageContaining("1.5");
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void run_yearsOutsideTheTables_failsNamingTheUncoveredYear() {
        assertThatThrownBy(() -> Simulator.run(
                        SimulationSettings.of(10, 1).withYears(1990, 2000), tmp.resolve("o"), SimulationProgress.NONE))
                .isInstanceOf(InvalidSimulationParameterException.class)
                .hasMessageContaining("does not cover year 1990");
    }

    @Test
    void run_userDefinedSeventhOrganisation_writesItsOwnFile() {
        String extra = String.join(
                "\n",
                "org.ids = rescue-network, research-study, media, ngo-shelter, resettlement-survey,"
                        + " repatriation-list, mapping-project",
                "org.mapping-project.name = Mapping project",
                "org.mapping-project.kind = resettlement",
                "org.mapping-project.p-arrived = 0.02",
                "org.mapping-project.p-other = 0",
                "org.mapping-project.interview-months-after-arrival = 1..24",
                "org.mapping-project.b = repatriated:1.0, north-hamgyong:0.5",
                "org.mapping-project.s = 0.8",
                "org.mapping-project.referral.resettlement-survey = 2",
                "org.mapping-project.name-form = hangul:1");
        SimulationParameters p = SimulationParameters.parseOverrides(extra, "extra.properties");
        SimulationSummary s = Simulator.run(
                SimulationSettings.of(2_000, 3).withParameters(p), tmp.resolve("o"), SimulationProgress.NONE);
        assertThat(s.organisations()).hasSize(7);
        assertThat(tmp.resolve("o/organisations/mapping-project.json")).exists();
    }
}
