package io.livechat.it.admin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.Chromium;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

/**
 * What a person does on the administration pages: type into fields, press buttons, pick from menus,
 * and read what the page answers. An action that goes to the server is waited for until its answer
 * has been applied to the page, then the page is read: a message is checked in the answer that
 * showed it, not looked for while growls of earlier actions come and go.
 */
public final class AdminPage {

    /** The messages of one answer: the growl's, and those shown next to fields. */
    record Answer(List<String> growl, List<String> fields) {
    }

    private final Chromium browser;

    public AdminPage(Chromium browser) {
        this.browser = browser;
    }

    /** Replaces the field's text; JSF ids in the css escaped as {@code \\:}. */
    void type(String css, String text) {
        WebElement field = browser.find(css);
        field.clear();
        field.sendKeys(text);
    }

    String value(String css) {
        return browser.find(css).getDomProperty("value");
    }

    public void click(String css) {
        browser.click(css);
    }

    /** Presses the form's save button; the answer confirms with the message. */
    void save(String form, String message) {
        confirmed(() -> click("#" + form + "\\:save"), message);
    }

    /** Presses the form's save button; the answer refuses with the message next to a field. */
    void refused(String form, String message) {
        refused(() -> click("#" + form + "\\:save"), message);
    }

    /** Does the action; the server's answer to it refuses with the message next to a field. */
    void refused(Runnable action, String message) {
        Answer answer = answer(action);
        assertTrue(answer.fields().stream().anyMatch(text -> text.contains(message)),
                () -> "expected the field message '" + message + "', the page answered " + answer);
    }

    /** Does the action; the server's answer to it shows the message in the growl. */
    void confirmed(Runnable action, String message) {
        Answer answer = answer(action);
        assertTrue(answer.growl().stream().anyMatch(text -> text.contains(message)), () -> {
            browser.screenshot("failed-answer");
            return "expected the growl '" + message + "', the page answered " + answer;
        });
    }

    /**
     * Does the action, which sends an ajax request, and waits until PrimeFaces has applied the
     * answer to the page. Fails when no request went out: the page then dropped what the person did.
     */
    Answer answer(Runnable action) {
        browser.script("window.adminPageAnswered = false;"
                + "document.querySelectorAll('#growl_container .ui-growl-item-container').forEach(item => item.remove());"
                + "jQuery(document).one('pfAjaxComplete', () => window.adminPageAnswered = true);");
        action.run();
        try {
            browser.waitFor("the server's answer", d -> Boolean.TRUE.equals(browser.script("return window.adminPageAnswered"))
                    ? true : null);
        } catch (TimeoutException e) {
            browser.screenshot("failed-answer");
            throw e;
        }
        return new Answer(texts("#growl_container .ui-growl-title"), texts(".ui-message-error"));
    }

    /**
     * Does the action (a role picked, Disable pressed), which asks for confirmation first; returns the
     * confirmation's text once it shows.
     */
    public String confirmation(Runnable action) {
        action.run();
        WebElement dialog = browser.waitFor("the confirmation", d -> d.findElements(By.id("confirmForm:confirm")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        return dialog.getText();
    }

    /** Yes in the confirmation; its answer shows the message in the growl. */
    public void yes(String message) {
        confirmed(() -> click("#confirmForm\\:yes"), message);
        closed();
    }

    /** Cancel in the confirmation; nothing changes. */
    void cancel() {
        answer(() -> click("#confirmForm\\:cancel"));
        closed();
    }

    private void closed() {
        browser.waitFor("the confirmation closed", d -> d.findElements(By.id("confirmForm:confirm")).stream()
                .noneMatch(WebElement::isDisplayed) ? true : null);
    }

    /** Waits for the element to show the text. */
    void text(String css, String text) {
        browser.waitFor(css + " shows " + text, d -> d.findElement(By.cssSelector(css)).getText().contains(text) ? true : null);
    }

    /**
     * Opens the PrimeFaces select menu, waits until its panel is open, as a person sees it, and picks
     * the item whose label contains the text.
     */
    void choose(String menuCss, String label) {
        WebElement menu = browser.find(menuCss);
        menu.click();
        String panel = "[id='" + menu.getDomAttribute("id") + "_panel']";
        browser.waitFor("menu open", d -> d.findElement(By.cssSelector(panel)).getDomAttribute("class")
                .contains("ui-connected-overlay-enter-done") ? true : null);
        WebElement item = browser.waitFor("menu item " + label, d -> d.findElements(By.cssSelector(panel + " li.ui-selectonemenu-item"))
                .stream().filter(li -> li.isDisplayed() && li.getDomAttribute("data-label").contains(label))
                .findFirst().orElse(null));
        item.click();
    }

    /**
     * Opens the select menu and picks the item in the same moment, before its panel has finished
     * opening, as a quick hand or a touch does.
     */
    void chooseAtOnce(String menuCss, String label) {
        browser.script("arguments[0].querySelector('.ui-selectonemenu-label').click();"
                + "document.querySelector(`[id='${arguments[0].id}_panel'] li[data-label='${arguments[1]}']`).click();",
                browser.find(menuCss), label);
    }

    /** What the menu shows as chosen. */
    String chosen(String menuCss) {
        return browser.find(menuCss + "_label").getText();
    }

    /**
     * The css id prefix ({@code #users\\:table\\:3\\:}) of the controls in the data table's row whose cell
     * of the css shows exactly the text.
     */
    public String row(String tableId, String cellCss, String text) {
        WebElement row = browser.waitFor("row with " + text, d -> d.findElements(
                By.cssSelector("[id='" + tableId + "_data'] > tr")).stream()
                .filter(tr -> tr.findElements(By.cssSelector(cellCss)).stream().anyMatch(cell -> cell.getText().equals(text)))
                .findFirst().orElse(null));
        return "#" + tableId.replace(":", "\\:") + "\\:" + row.getDomAttribute("data-ri") + "\\:";
    }

    /** The text content of every element of the css, shown or fading. */
    @SuppressWarnings("unchecked")
    private List<String> texts(String css) {
        return (List<String>) browser.script("return Array.from(document.querySelectorAll(arguments[0]), e => e.textContent.trim())", css);
    }
}
