package org.sitrep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Origin;
import org.sitrep.model.Problems;
import org.sitrep.model.SourceFormat;
import org.sitrep.pipeline.StageContext;

class NoArticlePagesTest {
    static Article page(String title, String text) {
        return new Article(null, new Origin("p", "", SourceFormat.TEXT), "example.com", null, title, null, Instant.EPOCH, null, 0, text, null,
                List.of(), Map.of(), Problems.none());
    }

    static Article clean(String title, String text) {
        return new BoilerplateStripper().apply(page(title, text), StageContext.DEFAULT);
    }

    /** One example of every form of every prompt pattern: each is found, and its kind's trigger words let it through. */
    @Test
    void everyFormOfEveryPromptIsFoundPastItsTriggerWords() {
        Map<String, List<String>> examples = Map.of(
                "paywall", List.of("Subscribe now to continue reading", "For subscribers only", "Subscriber-only content",
                        "This article is only available to our members", "This story is exclusive for premium readers",
                        "You have reached your monthly limit", "You've used all your free articles", "3 free articles left",
                        "To continue reading, please register", "Already a subscriber?", "Become a member to read on", "Unlock this article",
                        "Premium content", "Treść dostępna wyłącznie dla prenumeratorów", "Artykuł dostępny tylko w ramach subskrypcji",
                        "Wykup dostęp", "Nur für Abonnenten", "Réservé aux abonnés", "Лише для передплатників", "Только для подписчиков"),
                "login", List.of("Log in to continue", "Please sign in to see this", "Create a free account to read", "Zaloguj się, aby czytać",
                        "Увійдіть, щоб читати", "Войдите, чтобы читать", "Melden Sie sich an, um weiterzulesen"),
                "cookie-wall", List.of("We and our partners use cookies", "This website uses cookies", "Accept all cookies", "Manage your cookie choices",
                        "Cookie settings", "By continuing to browse you agree to our terms", "Używamy plików cookies", "Nasza strona korzysta z cookies",
                        "Wir verwenden Cookies", "Nous utilisons des cookies", "Ми використовуємо файли cookie", "Мы используем файлы cookie"),
                "notification-prompt", List.of("Allow push notifications", "Get alerts", "Example would like to send you notifications",
                        "Subscribe to our notifications", "Never miss a story", "Get breaking news alerts", "Włącz powiadomienia",
                        "Powiadomienia push", "Увімкніть сповіщення", "Включите уведомления"),
                "bot-check", List.of("Are you a robot?", "Verify you are human", "Checking if the site connection is secure",
                        "Please enable JavaScript to continue", "Just a moment...", "Our systems detected unusual traffic from your network"),
                "error-page", List.of("404", "Error 500", "Page not found", "The page you requested could not be found", "This page does not exist",
                        "Access denied", "403 Forbidden", "Internal Server Error", "Service temporarily unavailable", "Strona nie istnieje",
                        "Nie znaleziono strony", "Seite nicht gefunden", "Page introuvable", "Сторінку не знайдено", "Страница не найдена"));
        examples.forEach((kind, lines) -> {
            for (String line : lines) {
                assertThat(NoArticlePages.mayMatch(Lines.lower(line), kind)).as(kind + ": " + line).isTrue();
                assertThat(NoArticlePages.promptKind(line)).as(line).isEqualTo(kind);
            }
        });
    }

    @Test
    void promptsOfEveryKindAreKnown() {
        assertThat(NoArticlePages.promptKind("Subscribe to continue reading.")).isEqualTo("paywall");
        assertThat(NoArticlePages.promptKind("You have reached your limit of free articles this month.")).isEqualTo("paywall");
        assertThat(NoArticlePages.promptKind("Treść dostępna tylko dla subskrybentów")).isEqualTo("paywall");
        assertThat(NoArticlePages.promptKind("Please log in to continue reading")).isEqualTo("login");
        assertThat(NoArticlePages.promptKind("Sign in to view this story")).isEqualTo("login");
        assertThat(NoArticlePages.promptKind("We use cookies to improve your experience. Accept all cookies")).isEqualTo("cookie-wall");
        assertThat(NoArticlePages.promptKind("Get breaking news alerts: turn on notifications")).isEqualTo("notification-prompt");
        assertThat(NoArticlePages.promptKind("404 Page not found")).isEqualTo("error-page");
        assertThat(NoArticlePages.promptKind("Checking your browser before accessing the site")).isEqualTo("bot-check");
        assertThat(NoArticlePages.promptKind("Error 404")).isEqualTo("error-page");
        assertThat(NoArticlePages.promptKind("503 Service Unavailable")).isEqualTo("error-page");
        // Headlines that open with such a number are news (real RSS headlines).
        assertThat(NoArticlePages.promptKind("500 dni wojny w Ukrainie. Kto udzielił największego wsparcia?")).isNull();
        assertThat(NoArticlePages.promptKind("500 children have been killed during war in Ukraine, Zelensky says")).isNull();
        assertThat(NoArticlePages.promptKind("404 soldiers returned in a prisoner exchange")).isNull();
        // Prose that mentions these words is not a prompt.
        assertThat(NoArticlePages.promptKind("Two men were shot in the Eastside neighbourhood on Monday night, police said.")).isNull();
    }

    @Test
    void aPaywallPageIsFlaggedWithAProblemAndItsPromptsRemoved() {
        Article a = clean("Two shot in Eastside, police say", "Subscribe to continue reading.\nAlready a subscriber? Log in.\n"
                + "Get breaking news alerts: turn on notifications");
        assertThat(a.noArticle()).isEqualTo("paywall");
        assertThat(a.text()).isBlank();
        assertThat(a.removed()).extracting(r -> r.rule()).containsOnly("page-prompt");
        assertThat(a.problems().items()).extracting(p -> p.code()).containsExactly("no-article-text");
        // Cleaning again keeps one problem.
        assertThat(new BoilerplateStripper().apply(a, StageContext.DEFAULT).problems().items()).hasSize(1);
    }

    @Test
    void anArticleWithAPaywallAfterItsLeadKeepsItsText() {
        String lead = "Russian drones struck an energy facility in the Odesa region overnight, cutting power to about 40,000 homes, the regional "
                + "governor said on Saturday. Air defences shot down most of the drones launched from the Black Sea coast, the air force said, "
                + "and repair crews were at work by morning.";
        Article a = clean("Drones hit Odesa power site", lead + "\nSubscribe to continue reading.");
        assertThat(a.noArticle()).isNull();
        assertThat(a.text()).isEqualTo(lead);
        assertThat(a.problems().isEmpty()).isTrue();
    }

    @Test
    void anErrorLineInsideAnArticleStaysAndAShortErrorPageIsFlagged() {
        String news = "Inspectors said access denied to the reactor halls for a third day, the agency said on Monday. The IAEA chief called "
                + "for the team to be let in at once and said talks with both sides would go on through the week, with a report due to the "
                + "board of governors on Friday.";
        Article a = clean("IAEA team kept out of Zaporizhzhia plant", news);
        assertThat(a.text()).isEqualTo(news);
        assertThat(a.noArticle()).isNull();
        Article e = clean("Oops", "Access denied\nYou don't have permission to access this page.");
        assertThat(e.noArticle()).isEqualTo("error-page");
        assertThat(e.text()).contains("Access denied");
    }

    @Test
    void anErrorPageUnderAnErrorHeadlineIsFlagged() {
        assertThat(clean("404 Page not found", "Sorry, we could not find that.").noArticle()).isEqualTo("error-page");
        assertThat(clean("Shelling in Kherson", "Sorry, we could not find that.").noArticle()).isNull();
    }
}
