package io.livechat.agent.view;

import io.livechat.agent.entity.Role;
import java.io.Serializable;

/** The new person's fields as typed, kept when the creation is refused. */
public class UserForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String displayName;
    private String email;
    private Role role = Role.AGENT;
    private String password;

    void clear() {
        username = null;
        displayName = null;
        email = null;
        role = Role.AGENT;
        password = null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
