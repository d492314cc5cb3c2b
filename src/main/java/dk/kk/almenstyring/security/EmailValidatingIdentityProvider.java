package dk.kk.almenstyring.security;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;

/**
 * The engine's own user store, refusing a user record with a malformed e-mail address. Checking here, below
 * {@code IdentityService.saveUser}, covers every way in: Camunda Admin, the REST API, our own code and start-up data.
 * {@link BadUserRequestException} is what engine-rest answers with 400 and its message, and it is thrown before
 * anything is written, so the user is not saved.
 */
public class EmailValidatingIdentityProvider extends DbIdentityServiceProvider {

    @Override
    public IdentityOperationResult saveUser(User user) {
        EmailAddresses.problemWith(user.getEmail()).ifPresent(problem -> {
            throw new BadUserRequestException(problem + " Brugeren '" + user.getId() + "' er ikke gemt.");
        });
        return super.saveUser(user);
    }
}
