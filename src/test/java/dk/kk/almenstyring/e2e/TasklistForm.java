package dk.kk.almenstyring.e2e;

import java.util.List;
import java.util.function.Supplier;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A Camunda Form (form-js) inside Tasklist, filled in by what a person reads: fields by their visible label
 * (form-js writes {@code <label for=…>}), options by their text, rows of a list with the list's own add and remove
 * buttons, and then the real *Complete* or *Start* button.
 */
final class TasklistForm {

    /** The field a label names, within a scope; a label outside list rows wins when the scope is the whole form. */
    private static final String FIELD_BY_LABEL = """
            const scope = arguments[0], wanted = arguments[1], index = arguments[2];
            const text = l => { const c = l.cloneNode(true); c.querySelectorAll('.fjs-asterix').forEach(e => e.remove());
                                return c.textContent.replace(/\\s+/g, ' ').trim(); };
            const inRow = l => l.closest('.fjs-repeat-row-container') && !scope.matches('.fjs-repeat-row-container');
            const labels = [...scope.querySelectorAll('label, .fjs-form-field-grouplike-label, .fjs-form-field-label')]
                .filter(l => text(l) === wanted && l.offsetParent !== null)
                .filter(l => index === null || (l.htmlFor || '').endsWith('_' + index));
            const label = labels.find(l => !inRow(l)) || labels[0];
            if (!label) return null;
            const field = label.closest('.fjs-form-field') || label.parentElement;
            const control = label.htmlFor ? document.getElementById(label.htmlFor) : null;
            return [field, control];
            """;

    private final Browser browser;
    private final Supplier<WebElement> root;

    TasklistForm(Browser browser, Supplier<WebElement> root) {
        this.browser = browser;
        this.root = root;
    }

    void waitForFields() {
        browser.until(d -> !root.get().findElements(By.cssSelector(".fjs-form .fjs-form-field")).isEmpty(),
                "the form's fields");
    }

    /** Everything the form shows as text (headings, read-only information), for assertions. */
    String text() {
        return root.get().getText();
    }

    /** Waits until the form shows this text (a read-back that follows what was typed), and returns all its text. */
    String textOnceItShows(String expected) {
        try {
            browser.until(d -> text().contains(expected), "the form to show '" + expected + "'");
        } catch (RuntimeException e) {
            // the caller's assertion names what the form showed instead
        }
        return text();
    }

    /**
     * The scope of one row of a dynamic list, 0-based. A list with add and remove buttons wraps each row in an
     * element of its own; a fixed list does not, and its row is told by the index form-js appends to its fields' ids.
     */
    Scope row(String listLabel, int index) {
        if (rows(listLabel).isEmpty()) {
            return new Scope(() -> list(listLabel), index);
        }
        return new Scope(() -> rows(listLabel).get(index), null);
    }

    int rowCount(String listLabel) {
        List<WebElement> rows = rows(listLabel);
        if (!rows.isEmpty()) {
            return rows.size();
        }
        Number count = (Number) browser.script("""
                const ids = [...arguments[0].querySelectorAll('[id]')].map(e => e.id.match(/_(\\d+)$/)).filter(m => m);
                return ids.length === 0 ? 0 : Math.max(...ids.map(m => Number(m[1]))) + 1;""", list(listLabel));
        return count.intValue();
    }

    private List<WebElement> rows(String listLabel) {
        return list(listLabel).findElements(By.cssSelector(".fjs-repeat-row-container"));
    }

    private WebElement list(String listLabel) {
        return browser.until(d -> {
            List<?> found = (List<?>) browser.script(FIELD_BY_LABEL, root.get(), listLabel, null);
            return found == null ? null : (WebElement) found.get(0);
        }, "the list '" + listLabel + "'");
    }

    /** Adds a row with the list's add button and returns it. */
    Scope addRow(String listLabel) {
        int before = rowCount(listLabel);
        browser.click(list(listLabel).findElement(By.cssSelector(".fjs-repeat-render-add")));
        browser.until(d -> rowCount(listLabel) == before + 1, "a new row in '" + listLabel + "'");
        return row(listLabel, before);
    }

    /** Removes a row with its own remove button. */
    void removeRow(String listLabel, int index) {
        int before = rowCount(listLabel);
        browser.click(rows(listLabel).get(index).findElement(By.cssSelector(".fjs-repeat-row-remove")));
        browser.until(d -> rowCount(listLabel) == before - 1, "one row fewer in '" + listLabel + "'");
    }

    Scope fields() {
        return new Scope(root, null);
    }

    TasklistForm fill(String label, String value) {
        fields().fill(label, value);
        return this;
    }

    TasklistForm choose(String label, String option) {
        fields().choose(label, option);
        return this;
    }

    TasklistForm check(String label, String... options) {
        fields().check(label, options);
        return this;
    }

    String value(String label) {
        return fields().value(label);
    }

    /** Types into a field and stays in it: the next thing the person does is click a button. */
    void typeWithoutLeaving(String label, String value) {
        List<?> field = browser.until(d -> (List<?>) browser.script(FIELD_BY_LABEL, root.get(), label, null),
                "the field '" + label + "'");
        ((WebElement) field.get(1)).sendKeys(value);
    }

    /** Presses *Complete* (Fuldfør) and waits until Tasklist has closed the task, or fails with what it showed. */
    void complete() {
        WebElement task = browser.find(By.cssSelector("[cam-tasklist-task]"));
        String name = task.findElement(By.cssSelector("h2.task")).getText().trim();
        WebElement button = Buttons.find(browser, task, "button[ng-click='complete()']", "Fuldfør", "Complete");
        waitEnabled(button, "Fuldfør on '" + name + "'");
        Gallery.keep(browser, name);
        browser.click(button);
        afterPressing("Fuldfør on '" + name + "'", () -> browser.until(d -> {
            String error = visibleError();
            if (error != null) {
                throw new AssertionError("Tasklist refused to complete '" + name + "': " + error);
            }
            return d.findElements(By.cssSelector("[cam-tasklist-task] h2.task")).stream()
                    .noneMatch(h -> h.isDisplayed() && h.getText().trim().equals(name))
                    || !d.findElements(By.cssSelector("[cam-tasklist-task] .task-removed, .task-card.task-removed")).isEmpty();
        }, "'" + name + "' to be completed"));
    }

    /** Presses *Complete* (Fuldfør) where the server must refuse: returns the message Tasklist shows. */
    String completeRefused() {
        return pressRefused("[cam-tasklist-task]", "button[ng-click='complete()']", "the task was not completed", "Fuldfør",
                "Complete");
    }

    /** Presses *Start* in the Start process dialog and waits until the dialog has closed, or fails with its message. */
    void start() {
        WebElement dialog = browser.find(By.cssSelector(".modal-dialog"));
        WebElement button = Buttons.find(browser, dialog, "button[ng-click='startProcessInstance()']", "Start", "Start proces");
        waitEnabled(button, "Start");
        Gallery.keep(browser, dialog.findElement(By.cssSelector(".modal-title")).getText());
        browser.click(button);
        afterPressing("Start", () -> browser.until(d -> {
            String error = visibleError();
            if (error != null) {
                throw new AssertionError("Tasklist refused to start the process: " + error);
            }
            return d.findElements(By.cssSelector(".modal-dialog")).isEmpty();
        }, "the Start process dialog to close"));
    }

    /** Presses *Start* where the server must refuse: returns the message Tasklist shows; the dialog stays open. */
    String startRefused() {
        return pressRefused(".modal-dialog", "button[ng-click='startProcessInstance()']", "the process was not started",
                "Start", "Start proces");
    }

    /** Presses the button (found by selector, else by one of its labels) in the scope; returns Tasklist's refusal. */
    private String pressRefused(String scope, String selector, String refusal, String... labels) {
        WebElement button = Buttons.find(browser, browser.find(By.cssSelector(scope)), selector, labels);
        waitEnabled(button, labels[0]);
        browser.click(button);
        return browser.until(d -> visibleError(), "Tasklist's message that " + refusal);
    }

    /** Waits for the outcome of pressing a button; when none comes, says what the form showed. */
    private void afterPressing(String what, Runnable outcome) {
        try {
            outcome.run();
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("nothing happened after pressing " + what + "; the form's messages: " + formErrors()
                    + "; the form: " + root.get().getText().replace('\n', ' '), e);
        }
    }

    private void waitEnabled(WebElement button, String what) {
        try {
            browser.until(d -> button.isEnabled(), what + " to be enabled");
        } catch (RuntimeException e) {
            throw new AssertionError(what + " stays disabled; the form shows: " + formErrors(), e);
        }
    }

    /** The form's own validation messages, as shown under the fields. */
    String formErrors() {
        return root.get().findElements(By.cssSelector(".fjs-form-field-error")).stream().map(WebElement::getText)
                .filter(t -> !t.isBlank()).toList().toString();
    }

    /** A red notification or an error in the form, if one is visible. */
    String visibleError() {
        WebElement alert = Browser.visible(browser.driver().findElements(By.cssSelector(
                ".notifications .alert-error, .notifications .alert-danger, [cam-tasklist-form] .alert-danger")));
        return alert == null ? null : alert.getText().replace('\n', ' ').trim();
    }

    /** A part of the form: the whole form or one row of a list. */
    final class Scope {

        private final Supplier<WebElement> scope;
        private final Integer index;

        Scope(Supplier<WebElement> scope, Integer index) {
            this.scope = scope;
            this.index = index;
        }

        private List<?> field(String label) {
            return browser.until(d -> (List<?>) browser.script(FIELD_BY_LABEL, scope.get(), label, index),
                    "the field '" + label + "'" + (index == null ? "" : " in row " + index));
        }

        /**
         * Types into a text field, text area or number field, replacing what was there, and leaves the field with
         * Tab as a person does (form-js debounces typing and takes the value on leaving). A list row may be drawn
         * anew while typing; then the field is found again and typed again.
         */
        Scope fill(String label, String value) {
            browser.until(d -> {
                WebElement input = (WebElement) field(label).get(1);
                if (input == null) {
                    throw new AssertionError("the label '" + label + "' names no input");
                }
                if (value.equals(input.getDomProperty("value"))) {
                    return true;
                }
                input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
                if (!value.isEmpty()) {
                    input.sendKeys(value);
                }
                input.sendKeys(Keys.TAB);
                return value.equals(((WebElement) field(label).get(1)).getDomProperty("value"));
            }, "'" + value + "' in '" + label + "'");
            return this;
        }

        String value(String label) {
            WebElement input = (WebElement) field(label).get(1);
            return input.getDomProperty("value");
        }

        /** Whether the form shows this field now (form-js hides conditional fields), without waiting for it. */
        boolean shows(String label) {
            return browser.script(FIELD_BY_LABEL, scope.get(), label, index) != null;
        }

        /** Opens a select and clicks the option with this text. */
        Scope choose(String label, String option) {
            WebElement field = (WebElement) field(label).get(0);
            WebElement opener = Browser.visible(field.findElements(By.cssSelector(".fjs-input-group")));
            // a select reached with Tab from the field before may already be open: a click would close it again
            if (field.findElements(By.cssSelector(".fjs-dropdownlist-item")).isEmpty()) {
                browser.click(opener);
            }
            WebElement item = browser.until(d -> field.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
                    .filter(i -> i.getText().trim().equals(option)).findFirst().orElse(null),
                    "the option '" + option + "' of '" + label + "'");
            browser.click(item);
            browser.until(d -> field.findElements(By.cssSelector(".fjs-dropdownlist-item")).isEmpty()
                    || field.getText().contains(option), "'" + option + "' chosen in '" + label + "'");
            return this;
        }

        /** Ticks a radio option or checklist options by their text. */
        Scope check(String label, String... options) {
            WebElement field = (WebElement) field(label).get(0);
            for (String option : options) {
                WebElement optionLabel = field.findElements(By.cssSelector("label")).stream()
                        .filter(l -> l.getText().trim().equals(option)).findFirst()
                        .orElseThrow(() -> new AssertionError("no option '" + option + "' in '" + label + "': " + field.getText()));
                WebElement input = optionLabel.findElements(By.cssSelector("input")).stream().findFirst()
                        .orElseGet(() -> browser.driver().findElement(By.id(optionLabel.getDomAttribute("for"))));
                if (!input.isSelected()) {
                    browser.click(optionLabel);
                }
                browser.until(d -> input.isSelected(), "'" + option + "' ticked in '" + label + "'");
            }
            return this;
        }
    }
}
