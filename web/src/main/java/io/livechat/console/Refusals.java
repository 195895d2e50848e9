package io.livechat.console;

import io.livechat.shared.boundary.BusinessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;

/**
 * Shows a boundary's refusal on the page: the bundle text {@code problem.<type>} (with the
 * boundary's own wording as {0}), next to the field it concerns or for the whole page.
 */
public final class Refusals {

    /** The bundle key of a change someone else saved in the moment between our check and our commit. */
    private static final String LOCK_CONFLICT = "problem.changed-meanwhile";

    private Refusals() {
    }

    /** Shows the refusal next to the component of the client id, or for the whole page when it is null. */
    public static void show(String clientId, BusinessException refusal) {
        add(clientId, Texts.text("problem." + refusal.type(), refusal.getMessage()));
    }

    /** Shows the text of the key next to the component of the client id, or for the whole page when it is null. */
    public static void show(String clientId, String key, Object... arguments) {
        add(clientId, Texts.text(key, arguments));
    }

    /**
     * Shows the container's failure if it is a refusal too: an optimistic-lock conflict at commit
     * ({@link #LOCK_CONFLICT}) or a boundary's Bean Validation. Returns false for anything else,
     * which is a real error the caller throws on.
     */
    public static boolean shown(String clientId, EJBException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                show(null, LOCK_CONFLICT);
                return true;
            }
            if (cause instanceof ConstraintViolationException invalid) {
                invalid.getConstraintViolations().forEach(violation ->
                        show(clientId, "problem.invalid-input", violation.getMessage()));
                return true;
            }
        }
        return false;
    }

    private static void add(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }
}
