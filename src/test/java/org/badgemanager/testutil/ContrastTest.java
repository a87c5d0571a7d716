package org.badgemanager.testutil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** The WCAG 2.x formulas against pairs whose ratios WCAG's own examples and common checkers give. */
class ContrastTest {

    @Test
    void blackOnWhiteIsTwentyOneAndAColourOnItselfIsOne() {
        assertThat(Contrast.ratio(Color.BLACK, Color.WHITE)).isCloseTo(21.0, within(0.001));
        assertThat(Contrast.ratio(Color.WHITE, Color.BLACK)).isCloseTo(21.0, within(0.001));
        assertThat(Contrast.ratio(Color.web("#1097c2"), Color.web("#1097c2"))).isCloseTo(1.0, within(0.001));
    }

    @Test
    void theGreysEitherSideOfAaAreToldApart() {
        // #767676 is the lightest grey that passes AA on white; #777777 just fails
        assertThat(Contrast.ratio(Color.web("#767676"), Color.WHITE)).isCloseTo(4.54, within(0.01))
                .isGreaterThanOrEqualTo(Contrast.AA);
        assertThat(Contrast.ratio(Color.web("#777777"), Color.WHITE)).isCloseTo(4.48, within(0.01))
                .isLessThan(Contrast.AA);
    }

    @Test
    void knownColourPairs() {
        assertThat(Contrast.ratio(Color.web("#0000ff"), Color.WHITE)).isCloseTo(8.59, within(0.01));
        assertThat(Contrast.ratio(Color.web("#ff0000"), Color.WHITE)).isCloseTo(4.00, within(0.01));
        assertThat(Contrast.ratio(Color.web("#808080"), Color.BLACK)).isCloseTo(5.32, within(0.01));
        assertThat(Contrast.luminance(Color.web("#808080"))).isCloseTo(0.2159, within(0.0001));
    }

    @Test
    void aTranslucentColourIsMixedWithWhatIsBelow() {
        Color halfBlackOnWhite = Contrast.over(Color.color(0, 0, 0, 0.5), Color.WHITE);
        assertThat(halfBlackOnWhite.getRed()).isCloseTo(0.5, within(0.001));
        assertThat(halfBlackOnWhite.getOpacity()).isEqualTo(1.0);
        assertThat(Contrast.over(Color.web("#123456"), Color.WHITE)).isEqualTo(Color.web("#123456"));
        assertThat(Contrast.over(Color.TRANSPARENT, Color.web("#abcdef"))).isEqualTo(Color.web("#abcdef"));
    }
}
