package io.livechat.it.admin;

import io.livechat.it.support.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

/** What a person does on the administration pages: type into fields, press buttons, read the messages. */
final class AdminPage {

    private final Chromium browser;

    AdminPage(Chromium browser) {
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

    void click(String css) {
        browser.find(css).click();
    }

    /** Presses the form's save button and waits for the growl to confirm with the message. */
    void save(String form, String message) {
        click("#" + form + "\\:save");
        growl(message);
    }

    /** Presses the form's save button and waits for the refusal next to a field. */
    void refused(String form, String message) {
        click("#" + form + "\\:save");
        fieldMessage(message);
    }

    /** Waits for the growl to show the message; a screenshot shows what was there instead. */
    void growl(String text) {
        try {
            browser.waitFor("growl: " + text, d -> d.findElements(By.cssSelector(".ui-growl-title")).stream()
                    .anyMatch(title -> title.getText().contains(text)) ? true : null);
        } catch (TimeoutException e) {
            browser.screenshot("failed-growl");
            throw e;
        }
    }

    /** Waits for a field's error message (a p:message) with the text. */
    void fieldMessage(String text) {
        browser.waitFor("field message: " + text, d -> d.findElements(By.cssSelector(".ui-message-error"))
                .stream().anyMatch(message -> message.getText().contains(text)) ? true : null);
    }

    /** Waits for the element to show the text. */
    void text(String css, String text) {
        browser.waitFor(css + " shows " + text, d -> d.findElement(By.cssSelector(css)).getText().contains(text) ? true : null);
    }

    /** Opens the PrimeFaces select menu and picks the item whose label contains the text. */
    void choose(String menuCss, String label) {
        WebElement menu = browser.find(menuCss);
        menu.click();
        String panel = "[id='" + menu.getDomAttribute("id") + "_panel'] li.ui-selectonemenu-item";
        browser.waitFor("menu item " + label, d -> d.findElements(By.cssSelector(panel)).stream()
                .filter(item -> item.isDisplayed() && item.getDomAttribute("data-label").contains(label))
                .findFirst().orElse(null)).click();
    }

    /**
     * The css id prefix ({@code #users\\:table\\:3\\:}) of the controls in the data table's row whose cell
     * of the css shows exactly the text.
     */
    String row(String tableId, String cellCss, String text) {
        WebElement row = browser.waitFor("row with " + text, d -> d.findElements(
                By.cssSelector("[id='" + tableId + "_data'] > tr")).stream()
                .filter(tr -> tr.findElements(By.cssSelector(cellCss)).stream().anyMatch(cell -> cell.getText().equals(text)))
                .findFirst().orElse(null));
        return "#" + tableId.replace(":", "\\:") + "\\:" + row.getDomAttribute("data-ri") + "\\:";
    }
}
