package io.livechat.console;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import org.primefaces.PrimeFaces;

/** The console texts of the resource bundle {@code msg}, for backing beans. */
public final class Texts {

    /** The page's messages (the console template's growl). */
    private static final String GROWL = ":growl";

    private Texts() {
    }

    /** The text of the key in the viewer's locale, with {0}-style arguments filled in. */
    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
    }

    /** Shows the text as a message of the whole page. */
    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /** Shows the text as a warning of the whole page. */
    public static void warn(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_WARN, key, arguments);
    }

    /** Shows the text as an error of the whole page. */
    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /**
     * For a request the page makes by itself (a push, a call's signalling): updates the page's messages
     * only when it has one to show. Updating them with none clears what the agent's own last action
     * said (PrimeFaces' growl starts afresh on each update): a colleague's push wiped "Transferred to
     * Bob." within milliseconds of its showing.
     */
    public static void showIfAny() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.getMessageList().isEmpty()) {
            PrimeFaces.current().ajax().update(GROWL);
        }
    }

    private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text(key, arguments), null));
    }
}
