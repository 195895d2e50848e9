package io.livechat.agent.view;

import io.livechat.agent.boundary.UserAdministration;
import io.livechat.agent.boundary.UserSummary;
import io.livechat.agent.entity.Role;
import io.livechat.agent.entity.UserAccount;
import io.livechat.console.Refusals;
import io.livechat.console.Texts;
import io.livechat.shared.boundary.BusinessException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.PrimeFaces;

/**
 * The users page: everyone who signs in, a form to create a person, and per person their role,
 * whether they may sign in, and a new password (typed by the admin, or generated and shown once).
 * A role change and Disable wait for the admin's confirmation, which says what happens to the
 * person's sessions and conversations; Cancel leaves everything as it was.
 */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserAdministration administration;

    private final UserForm form = new UserForm();
    private List<UserSummary> users;
    private final Map<Long, Role> roles = new HashMap<>();
    private UserSummary selected;
    private String newPassword;
    private String generatedPassword;
    private PendingChange pending;

    /** A role change or a disabling that waits for the admin's Yes: whom, and the new role (none: disable). */
    private record PendingChange(UserSummary user, Role role, String header, String warning) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @PostConstruct
    void load() {
        users = administration.all();
        roles.clear();
        users.forEach(user -> roles.put(user.id(), user.role()));
    }

    public void create() {
        try {
            UserAccount created = administration.create(form.getUsername(), form.getDisplayName(), form.getEmail(),
                    form.getRole(), form.getPassword());
            Texts.info("admin.user.created", created.getUsername());
            form.clear();
            load();
        } catch (BusinessException e) {
            Refusals.show("create:username", e);
        } catch (EJBException e) {
            if (!Refusals.shown(null, e)) {
                throw e;
            }
        }
    }

    /** A role was picked in the person's menu: the admin confirms it first. */
    public void askRole(UserSummary user) {
        Role role = roles.get(user.id());
        if (role == user.role()) {
            return;
        }
        ask(new PendingChange(user, role, Texts.text("admin.user.confirm.role", user.username()),
                Texts.text("admin.user.confirm.role.text", user.username(), roleName(user.role()), roleName(role),
                        administration.assignedHandovers(user.id()))));
    }

    /** Disable was pressed: the admin confirms it first. */
    public void askDisable(UserSummary user) {
        ask(new PendingChange(user, null, Texts.text("admin.user.confirm.disable", user.username()),
                Texts.text("admin.user.confirm.disable.text", user.username(),
                        administration.assignedHandovers(user.id()))));
    }

    private void ask(PendingChange change) {
        pending = change;
        PrimeFaces.current().ajax().addCallbackParam("confirm", true);
    }

    /** Yes in the confirmation: the change is made. */
    public void confirm() {
        PendingChange change = pending;
        pending = null;
        if (change == null) {
            return;
        }
        if (change.role() == null) {
            change(change.user(), "admin.user.disabled", administration::disable);
        } else {
            change(change.user(), "admin.user.roleChanged", id -> administration.changeRole(id, change.role()));
        }
    }

    /** Cancel in the confirmation: nothing changes, and the menus show the saved roles again. */
    public void cancel() {
        pending = null;
        load();
    }

    public void enable(UserSummary user) {
        change(user, "admin.user.enabled", administration::enable);
    }

    /** Opens the password dialog for the person. */
    public void select(UserSummary user) {
        selected = user;
        newPassword = null;
        generatedPassword = null;
    }

    public void changePassword() {
        change(selected, "admin.user.passwordChanged", id -> administration.changePassword(id, newPassword));
        newPassword = null;
    }

    public void generatePassword() {
        generatedPassword = administration.generatePassword(selected.id());
        Texts.info("admin.user.passwordGenerated", selected.username());
    }

    /** Runs one change; a refusal shows for the page and the list shows again as saved. */
    private void change(UserSummary user, String doneKey, LongConsumer change) {
        try {
            change.accept(user.id());
            Texts.info(doneKey, user.username());
        } catch (BusinessException e) {
            Refusals.show(null, e);
        } catch (EJBException e) {
            if (!Refusals.shown(null, e)) {
                throw e;
            }
        }
        load();
    }

    private static String roleName(Role role) {
        return Texts.text("admin.role." + role);
    }

    public String getConfirmHeader() {
        return pending == null ? "" : pending.header();
    }

    public String getConfirmWarning() {
        return pending == null ? "" : pending.warning();
    }

    public UserForm getForm() {
        return form;
    }

    public List<UserSummary> getUsers() {
        return users;
    }

    public Map<Long, Role> getRoles() {
        return roles;
    }

    public Role[] getRoleChoices() {
        return Role.values();
    }

    public UserSummary getSelected() {
        return selected;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getGeneratedPassword() {
        return generatedPassword;
    }
}
