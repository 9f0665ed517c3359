package org.sitrep.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlertRuleTest {
    private static final String Q = "Who controls Kupyansk?";

    @Test
    void anEventNeverSeenIsNewAndItsDisputesComeInTheSameAlert() {
        List<Alert.Reason> r = AlertRule.compare(new Matched("e1", "Kupiansk", 1, Set.of(Q)), null);
        assertThat(r).extracting(Alert.Reason::kind).containsExactly(Alert.Kind.NEW_EVENT, Alert.Kind.NEW_DISPUTE);
        assertThat(r.get(0).describe()).isEqualTo("new event (1 article)");
        assertThat(r.get(1).describe()).isEqualTo("new dispute: " + Q);
    }

    @Test
    void nothingNewRaisesNothing() {
        Matched now = new Matched("e1", "Kupiansk", 3, Set.of(Q));
        assertThat(AlertRule.compare(now, now.seen())).isEmpty();
    }

    @Test
    void moreArticlesAndANewDisputeAreOneAlertWithTwoReasons() {
        Seen before = new Seen("e1", 2, Set.of());
        List<Alert.Reason> r = AlertRule.compare(new Matched("e1", "t", 5, Set.of(Q)), before);
        assertThat(r).extracting(Alert.Reason::describe).containsExactly("3 new articles", "new dispute: " + Q);
    }

    @Test
    void aSplitIsNotNewsAndDoesNotLowerTheMark() {
        Seen before = new Seen("e1", 5, Set.of(Q));
        Matched after = new Matched("e1", "t", 3, Set.of());
        assertThat(AlertRule.compare(after, before)).isEmpty();
        Seen told = AlertRule.told(after, before);
        assertThat(told.articles()).isEqualTo(5);
        assertThat(told.disputes()).containsExactly(Q);
        // Back to 5 articles (the split undone): still nothing new.
        assertThat(AlertRule.compare(new Matched("e1", "t", 5, Set.of(Q)), told)).isEmpty();
        assertThat(AlertRule.compare(new Matched("e1", "t", 6, Set.of(Q)), told)).extracting(Alert.Reason::kind)
                .containsExactly(Alert.Kind.NEW_ARTICLES);
    }
}
