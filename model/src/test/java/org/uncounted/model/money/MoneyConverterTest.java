package org.uncounted.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.uncounted.model.InvalidCaseException;

/** Known answers from domain.md §7 (rates, CPI) and the press checks quoted there. */
class MoneyConverterTest {
    private final MoneyConverter fx = MoneyConverter.standard();

    @Test
    void cny1000in2019_toUsd_isAbout146AsQuotedByMothershipAndTime() {
        Money usd = fx.convert(Money.of("1000", Currency.CNY, 2019), Currency.USD);
        assertThat(usd.amount()).isEqualByComparingTo("144.96"); // 1000 / 6.8985
        assertThat(usd.amount().doubleValue()).isCloseTo(146, within(2.0));
        assertThat(fx.convert(Money.of("5000", Currency.CNY, 2019), Currency.USD)
                        .amount()
                        .doubleValue())
                .isCloseTo(720, within(6.0));
    }

    @Test
    void cny1000in2019_toEur_isAbout130AsQuotedByTrouw() {
        assertThat(fx.convert(Money.of("1000", Currency.CNY, 2019), Currency.EUR)
                        .amount()
                        .doubleValue())
                .isCloseTo(130, within(1.0));
    }

    @Test
    void usd105millionIn2019_toEur_isAbout93point8MillionAsQuotedByRdNl() {
        assertThat(fx.convert(Money.of("105000000", Currency.USD, 2019), Currency.EUR)
                        .amount()
                        .doubleValue())
                .isCloseTo(93.8e6, within(0.1e6));
    }

    @Test
    void table_matchesSection7Rows() {
        ExchangeRates rates = ExchangeRates.standard();
        assertThat(rates.unitsPerUsd(Currency.CNY, 2015)).isEqualByComparingTo("6.2284");
        assertThat(rates.unitsPerUsd(Currency.KRW, 2022)).isEqualByComparingTo("1292.0");
        assertThat(BigDecimal.ONE.divide(rates.unitsPerUsd(Currency.EUR, 2016), java.math.MathContext.DECIMAL64))
                .isEqualByComparingTo("1.1069");
        PriceIndex cpi = PriceIndex.standard();
        assertThat(cpi.index(Currency.CNY, 2019)).isEqualByComparingTo("100");
        assertThat(cpi.index(Currency.CNY, 2015).doubleValue()).isCloseTo(91.8, within(0.05));
        assertThat(cpi.index(Currency.CNY, 2010).doubleValue()).isCloseTo(80.0, within(0.05));
        assertThat(cpi.index(Currency.CNY, 2023).doubleValue()).isCloseTo(105.7, within(0.05));
    }

    @Test
    void deflate_cny2010To2019_scalesByCpiRatio() {
        Money real = fx.deflate(Money.of("1000", Currency.CNY, 2010), 2019);
        assertThat(real.amount().doubleValue()).isCloseTo(1000 * 100 / 80.04, within(0.05));
        assertThat(real.year()).isEqualTo(2019);
    }

    @Test
    void realCny_usdAmount_convertsAtEventYearThenDeflates() {
        Money real = fx.realCny(Money.of("1500", Currency.USD, 2010), 2019);
        assertThat(real.currency()).isEqualTo(Currency.CNY);
        assertThat(real.amount().doubleValue()).isCloseTo(1500 * 6.77 * 100 / 80.04, within(1.0));
    }

    @Test
    void yearOutsideTable_failsNamingTheCoveredYears() {
        assertThatThrownBy(() -> fx.convert(Money.of("100", Currency.CNY, 1980), Currency.USD))
                .isInstanceOf(RateNotAvailableException.class)
                .hasMessageContaining("1980")
                .hasMessageContaining("1995-2024");
        assertThatThrownBy(() -> fx.convert(Money.of("100", Currency.EUR, 1997), Currency.USD))
                .hasMessageContaining("EUR");
    }

    @Test
    void kpw_isNeverConverted() {
        assertThatThrownBy(() -> fx.convert(Money.of("100000", Currency.KPW, 2015), Currency.USD))
                .isInstanceOf(RateNotAvailableException.class)
                .hasMessageContaining("KPW");
        assertThatThrownBy(() -> fx.deflate(Money.of("100", Currency.GBP, 2015), 2019))
                .hasMessageContaining("no price index for GBP");
    }

    @Test
    void money_rules_negativeAndAbsurdAndZeroPriceRejected() {
        assertThatThrownBy(() -> Money.of("-5", Currency.CNY, 2015))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessage("field 'amount' value '-5': must not be negative");
        assertThatThrownBy(() -> Money.of("10000000", Currency.CNY, 2015).requirePlausiblePrice("price"))
                .hasMessageContaining("absurdity bound");
        assertThatThrownBy(() -> Money.of("0", Currency.USD, 2015).requirePlausiblePrice("price"))
                .hasMessageContaining("greater than zero");
        assertThat(Money.of("1000.00", Currency.CNY, 2015)).isEqualTo(Money.of("1000", Currency.CNY, 2015));
    }

    @Test
    void currency_unknownCode_listsAllowed() {
        assertThatThrownBy(() -> Currency.fromCode("XYZ"))
                .hasMessage("unknown Currency 'XYZ'; allowed: CNY, USD, EUR, GBP, KRW, KPW");
    }
}
