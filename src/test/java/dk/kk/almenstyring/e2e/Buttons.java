package dk.kk.almenstyring.e2e;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/** Finds a button the way it is least likely to change: by Tasklist's markup first, then by its Danish or English text. */
final class Buttons {

    private Buttons() {
    }

    static WebElement find(Browser browser, SearchContext scope, String css, String... texts) {
        List<String> wanted = Stream.of(texts).map(t -> t.toLowerCase(Locale.ROOT)).toList();
        return browser.until(d -> {
            WebElement byMarkup = Browser.visible(scope.findElements(By.cssSelector(css)));
            if (byMarkup != null) {
                return byMarkup;
            }
            return scope.findElements(By.cssSelector("button, a.btn, input[type='submit']")).stream()
                    .filter(WebElement::isDisplayed)
                    .filter(b -> wanted.contains(b.getText().trim().toLowerCase(Locale.ROOT)))
                    .findFirst().orElse(null);
        }, "the button " + css + " " + List.of(texts));
    }

    static void click(Browser browser, SearchContext scope, String css, String... texts) {
        browser.click(find(browser, scope, css, texts));
    }
}
