package dk.kk.almenstyring.e2e;

import java.util.List;
import java.util.Optional;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Camunda Tasklist as a person uses it: the login form, the filters on the left, the task list in the middle, the
 * task with its *Claim* button and form on the right, and the *Start process* dialog. Buttons are found by what
 * Tasklist's own templates put on them (their {@code ng-click}, their class), and only then by their text in Danish
 * or English: the labels are translated, the templates are not.
 */
final class Tasklist {

    static final String MY_GROUPS = "Mine gruppers opgaver";

    private static final String TASK_LINKS = "ol.tasks-list li.task h4.task a";
    private static final String LIST_LOADING = "[cam-tasks] .loader:not(.ng-hide)";

    private final Browser browser;
    private final String appUrl;
    private final String password;
    private String currentUser;
    /** The page was just loaded (by logging in): its task list is current, no reload needed. */
    private boolean freshPage;

    Tasklist(Browser browser, String baseUrl, String password) {
        this.browser = browser;
        this.appUrl = baseUrl + "/camunda/app/tasklist/default/";
        this.password = password;
    }

    Browser browser() {
        return browser;
    }

    /** Logs in through Tasklist's login form as a fresh session: the previous person's cookies are gone. */
    Tasklist loginAs(String user) {
        if (user.equals(currentUser)) {
            return this;
        }
        currentUser = null;
        browser.driver().manage().deleteAllCookies();
        browser.open(appUrl);
        WebElement form = browser.find(By.cssSelector("form[name='signinForm']"));
        WebElement name = form.findElement(By.cssSelector("input[ng-model='username']"));
        WebElement secret = form.findElement(By.cssSelector("input[type='password']"));
        // the login page focuses the user name itself once it is ready; typing before that loses keys
        browser.until(d -> name.equals(d.switchTo().activeElement()), "the login form to be ready");
        browser.until(d -> {
            type(name, user);
            type(secret, password);
            return user.equals(name.getDomProperty("value")) && password.equals(secret.getDomProperty("value"));
        }, "the user name and password typed");
        Buttons.click(browser, form, "button[type='submit']", "Log ind", "Sign in");
        currentUser = user;
        filtersLoaded();
        freshPage = true;
        return this;
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    /** Tasklist as it is now on the server: reloaded, unless it was loaded a moment ago by logging in. */
    private void home() {
        if (!freshPage) {
            browser.open(appUrl);
            filtersLoaded();
        }
        freshPage = false;
    }

    private void filtersLoaded() {
        browser.until(d -> Browser.visible(d.findElements(By.cssSelector(".task-filter h4.name a"))),
                "Tasklist's filters for " + currentUser);
    }

    /** Clicks the filter with this name in the left column and waits for its task list. */
    void chooseFilter(String name) {
        WebElement filter = browser.until(d -> d.findElements(By.cssSelector(".task-filter h4.name a")).stream()
                .filter(a -> a.getText().trim().startsWith(name)).findFirst().orElse(null),
                "the filter '" + name + "' for " + currentUser);
        browser.click(filter);
        browser.until(d -> d.findElements(By.cssSelector(".task-filter.active h4.name a")).stream()
                .anyMatch(a -> a.getText().trim().startsWith(name))
                && d.findElements(By.cssSelector(LIST_LOADING)).stream().noneMatch(WebElement::isDisplayed),
                "the filter '" + name + "' to load");
    }

    /** The names in the filter's task list, as shown, after reloading the page. */
    List<String> taskNames(String filter) {
        home();
        chooseFilter(filter);
        return browser.driver().findElements(By.cssSelector(TASK_LINKS)).stream().map(a -> a.getText().trim()).toList();
    }

    /** Opens the task of this name from the filter's list (reloading the page first), claims it, returns its form. */
    TasklistForm openTask(String filter, String taskName) {
        home();
        chooseFilter(filter);
        WebElement link = browser.until(d -> findTask(d, taskName).orElse(null),
                "the task '" + taskName + "' in '" + filter + "' of " + currentUser);
        browser.click(link);
        browser.until(d -> d.findElements(By.cssSelector("[cam-tasklist-task] h2.task")).stream()
                .anyMatch(h -> h.getText().trim().equals(taskName)), "the task '" + taskName + "' to open");
        claimIfUnclaimed();
        TasklistForm form = new TasklistForm(browser, () -> browser.find(By.cssSelector("[cam-tasklist-task] [cam-tasklist-form]")));
        form.waitForFields();
        return form;
    }

    private static Optional<WebElement> findTask(WebDriver d, String taskName) {
        return d.findElements(By.cssSelector(TASK_LINKS)).stream().filter(a -> a.getText().trim().equals(taskName)).findFirst();
    }

    private void claimIfUnclaimed() {
        String claim = "[cam-tasklist-task-meta] button.claim, [cam-tasklist-task-meta] [ng-click='claim()']";
        WebElement button = Browser.visible(browser.driver().findElements(By.cssSelector(claim)));
        if (button == null) {
            return;
        }
        browser.click(button);
        browser.until(d -> Browser.visible(d.findElements(By.cssSelector(claim))) == null,
                "the task to be claimed by " + currentUser);
    }

    /** Opens *Start process*, chooses the process by its name and returns its start form. */
    TasklistForm startProcess(String processName) {
        openStartDialog();
        WebElement link = browser.until(d -> d.findElements(By.cssSelector(".modal-dialog ul.processes li a")).stream()
                .filter(a -> a.getText().trim().equals(processName)).findFirst().orElse(null),
                "'" + processName + "' in the Start process dialog of " + currentUser);
        browser.click(link);
        TasklistForm form = new TasklistForm(browser, () -> browser.find(By.cssSelector(".modal-dialog [cam-tasklist-form]")));
        form.waitForFields();
        return form;
    }

    /** The names offered in the *Start process* dialog (waiting for Tasklist to offer the action at all). */
    List<String> startableProcesses() {
        openStartDialog();
        browser.find(By.cssSelector(".modal-dialog ul.processes li a"));
        List<String> names = browser.driver().findElements(By.cssSelector(".modal-dialog ul.processes li a")).stream()
                .map(a -> a.getText().trim()).toList();
        Buttons.click(browser, browser.find(By.cssSelector(".modal-dialog")), ".modal-footer [ng-click='$dismiss()']", "Luk", "Close");
        return names;
    }

    /**
     * Whether Tasklist offers *Start process* within this time. Our Tasklist script shows the action only to those
     * who may start something, once it has asked the engine: absence is only told by waiting a while.
     */
    boolean offersStartProcess(java.time.Duration within) {
        home();
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), within)
                    .until(d -> Browser.visible(d.findElements(By.cssSelector(".start-process-action a"))));
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    private void openStartDialog() {
        home();
        browser.click(browser.find(By.cssSelector(".start-process-action a")));
        browser.find(By.cssSelector(".modal-dialog"));
    }
}
