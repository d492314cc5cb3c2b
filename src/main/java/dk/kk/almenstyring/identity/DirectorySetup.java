package dk.kk.almenstyring.identity;

import java.util.List;
import java.util.function.BooleanSupplier;

import dk.kk.almenstyring.identity.DirectoryFiles.DemoDirectory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Creates the product's groups in every profile and, with {@code almen.demo.users=true}, the demo people, as soon
 * as the engine is built. Only what is missing is created, so a restart on the same database keeps what Camunda
 * Admin changed; a group or user that exists is never overwritten. Another node starting on the same database at the
 * same moment may create the same group or user between our look and our insert; that is not an error.
 */
@Component
public class DirectorySetup extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(DirectorySetup.class);

    private final boolean demoUsers;
    private final String demoPassword;

    public DirectorySetup(@Value("${almen.demo.users:false}") boolean demoUsers,
            @Value("${almen.demo.password:}") String demoPassword) {
        this.demoUsers = demoUsers;
        this.demoPassword = demoPassword;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // Fail before the engine touches the database rather than create users that nobody can log in as.
        if (demoUsers && demoPassword.isBlank()) {
            throw new IllegalStateException("almen.demo.users=true kræver en adgangskode i almen.demo.password");
        }
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        IdentityService identity = processEngine.getIdentityService();
        int groups = createMissingGroups(identity, DirectoryFiles.groups());
        LOG.info("Directory: {} group(s) created from {}", groups, DirectoryFiles.GROUPS);
        if (demoUsers) {
            DemoDirectory directory = DirectoryFiles.demoDirectory();
            int users = createMissingUsers(identity, directory);
            int memberships = createMissingMemberships(identity, directory.users());
            LOG.info("Demo directory: {} user(s) and {} membership(s) created from {}", users, memberships,
                    DirectoryFiles.DEMO_DIRECTORY);
        }
    }

    private static int createMissingGroups(IdentityService identity, List<DirectoryGroup> groups) {
        int created = 0;
        for (DirectoryGroup wanted : groups) {
            if (identity.createGroupQuery().groupId(wanted.id()).count() == 0) {
                Group group = identity.newGroup(wanted.id());
                group.setName(wanted.name());
                group.setType(wanted.type());
                if (createUnlessConcurrent(() -> identity.saveGroup(group),
                        () -> identity.createGroupQuery().groupId(wanted.id()).count() > 0, "group " + wanted.id())) {
                    created++;
                }
            }
        }
        return created;
    }

    /**
     * Creates something that was missing a moment ago. When that fails because it exists now, another node created it
     * in between: false, and no error. Any other failure is thrown.
     */
    public static boolean createUnlessConcurrent(Runnable create, BooleanSupplier existsNow, String what) {
        try {
            create.run();
            return true;
        } catch (RuntimeException e) {
            if (existsNow.getAsBoolean()) {
                LOG.info("Directory: {} was created by another node meanwhile", what);
                return false;
            }
            throw e;
        }
    }

    private int createMissingUsers(IdentityService identity, DemoDirectory directory) {
        int created = 0;
        for (DemoUser wanted : directory.users()) {
            if (identity.createUserQuery().userId(wanted.id()).count() == 0) {
                User user = identity.newUser(wanted.id());
                user.setFirstName(wanted.firstName());
                user.setLastName(wanted.lastName());
                user.setEmail(directory.emailOf(wanted));
                user.setPassword(demoPassword);
                if (createUnlessConcurrent(() -> identity.saveUser(user),
                        () -> identity.createUserQuery().userId(wanted.id()).count() > 0, "user " + wanted.id())) {
                    created++;
                }
            }
        }
        return created;
    }

    private static int createMissingMemberships(IdentityService identity, List<DemoUser> users) {
        int created = 0;
        for (DemoUser user : users) {
            for (String groupId : user.groups()) {
                if (identity.createGroupQuery().groupId(groupId).count() == 0) {
                    throw new IllegalStateException(DirectoryFiles.DEMO_DIRECTORY + ": user " + user.id()
                            + " names group '" + groupId + "', which is not in " + DirectoryFiles.GROUPS);
                }
                if (identity.createUserQuery().userId(user.id()).memberOfGroup(groupId).count() == 0
                        && createUnlessConcurrent(() -> identity.createMembership(user.id(), groupId),
                                () -> identity.createUserQuery().userId(user.id()).memberOfGroup(groupId).count() > 0,
                                "membership " + user.id() + " in " + groupId)) {
                    created++;
                }
            }
        }
        return created;
    }
}
