package dk.kk.almenstyring.security;

import dk.kk.almenstyring.housing.GroupWorkAccess;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;

/** A housing organisation's group works in Tasklist like the forums' members' groups (ProductAuthorizations). */
@Component
public class TasklistWorkGrants implements GroupWorkAccess {

    private final ProcessEngine engine;
    private final ProductAuthorizations authorizations;

    public TasklistWorkGrants(ProcessEngine engine, ProductAuthorizations authorizations) {
        this.engine = engine;
        this.authorizations = authorizations;
    }

    @Override
    public void grantTasklistWork(String groupId) {
        authorizations.grantTasklistWork(engine, groupId);
    }
}
