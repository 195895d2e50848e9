package io.livechat.auth.mechanism;

import io.livechat.agent.boundary.Accounts;
import io.livechat.shared.boundary.RateLimitedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** Checks usernames and passwords against Live Chat's own user accounts; the role becomes the one group. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private Accounts accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        try {
            return accounts.authenticate(login.getCaller(), login.getPasswordAsString())
                    .map(account -> new CredentialValidationResult(account.getUsername(), Set.of(account.getRole().name())))
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        } catch (RateLimitedException blocked) {
            // The login page said so before asking; an account blocked in between is simply refused.
            return CredentialValidationResult.INVALID_RESULT;
        }
    }
}
