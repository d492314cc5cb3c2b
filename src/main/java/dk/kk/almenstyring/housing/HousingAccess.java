package dk.kk.almenstyring.housing;

import dk.kk.almenstyring.common.AsSystem;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * A housing organisation's people work in Tasklist through its Camunda group {@code bo-<code>} (e.g. answering an
 * accession invitation). The group is made from the register: created when missing, with the same Tasklist access
 * and shared filters as the forums' members. Idempotent; never narrows what an administrator granted.
 */
@Component
public class HousingAccess {

    /** The type of an organisation's group, as for the forums' groups. */
    public static final String GROUP_TYPE = "WORKFLOW";

    private final ProcessEngine engine;
    private final GroupWorkAccess workAccess;
    private final AsSystem asSystem;

    public HousingAccess(ProcessEngine engine, GroupWorkAccess workAccess, AsSystem asSystem) {
        this.engine = engine;
        this.workAccess = workAccess;
        this.asSystem = asSystem;
    }

    /** Creates the organisation's group when missing and grants it Tasklist work; returns the group id. */
    public String ensureGroup(HousingOrganisation organisation) {
        return asSystem.call(() -> {
            IdentityService identity = engine.getIdentityService();
            String groupId = organisation.groupId();
            if (identity.createGroupQuery().groupId(groupId).count() == 0) {
                Group group = identity.newGroup(groupId);
                group.setName(organisation.name());
                group.setType(GROUP_TYPE);
                identity.saveGroup(group);
            }
            workAccess.grantTasklistWork(groupId);
            return groupId;
        });
    }
}
