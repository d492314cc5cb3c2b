package dk.kk.almenstyring.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * The login form of Cockpit and Admin, as a person uses it. The app may draw its form anew while it starts (its locale
 * loaded, its session checked), and what was typed is then gone or the field replaced: the person sees an empty form
 * and types again, and so does this (three times, each on a freshly loaded page).
 */
final class WebappLogin {

    private static final int ATTEMPTS = 3;

    private WebappLogin() {
    }

    static void login(Browser browser, String loginUrl, String user, String password) {
        browser.driver().manage().deleteAllCookies();
        for (int attempt = 1; ; attempt++) {
            // a real page load: after a hash change alone the app would still act on the session it had in memory
            browser.open("about:blank");
            browser.open(loginUrl);
            try {
                WebElement form = browser.find(By.cssSelector("form[name='signinForm']"));
                WebElement name = form.findElement(By.cssSelector("input[ng-model='username']"));
                browser.until(d -> name.equals(d.switchTo().activeElement()), "the login form to be ready");
                name.sendKeys(user);
                form.findElement(By.cssSelector("input[type='password']")).sendKeys(password);
                Buttons.click(browser, form, "button[type='submit']", "Log ind");
                browser.until(d -> !d.getCurrentUrl().contains("/login"), "the app to let " + user + " in");
                return;
            } catch (WebDriverException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
