package io.livechat.auth.view;

import io.livechat.console.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;

/** The login page: hands the typed credential to the authentication mechanism, then continues. */
@Named
@RequestScoped
public class LoginBacking {

    private static final String HOME = "/console/index.xhtml";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    private String continueTo;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(new UsernamePasswordCredential(username, password)));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + safeTarget());
            faces.responseComplete();
        } else {
            Texts.error("login.failed");
        }
    }

    public void logout() throws IOException, jakarta.servlet.ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    /** Only a path inside this application: never an open redirect to another site. */
    private String safeTarget() {
        boolean local = continueTo != null && continueTo.startsWith("/") && !continueTo.startsWith("//")
                && !continueTo.contains("\\");
        return local ? continueTo : HOME;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }
}
