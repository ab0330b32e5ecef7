package dev.tolk.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Danish news copy ({@code fixtures/fidelity-cases.tsv}): every faithful rendering passes all checks, every broken one
 * gets the warning that names what is wrong.
 */
class FidelityCasesTest {

    private static final FidelityChecks CHECKS = FidelityTesting.checks(new SimpleMeterRegistry());

    static Stream<FidelityCases> cases() {
        return FidelityCases.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void faithfulPassesAndBrokenFails(FidelityCases c) {
        List<Warning> warnings = c.check(CHECKS);
        if (c.code() == null) {
            assertThat(warnings).as(c.english()).isEmpty();
        } else {
            assertThat(warnings).as(c.english()).extracting(Warning::code).contains(c.code());
        }
    }
}
