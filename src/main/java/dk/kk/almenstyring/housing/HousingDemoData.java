package dk.kk.almenstyring.housing;

import dk.kk.almenstyring.housing.DemoHousing.Estate;
import dk.kk.almenstyring.housing.DemoHousing.Organisation;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * DEMO DATA: with {@code almen.demo.users=true} (profile demo, and the tests) the organisations of
 * {@code demo-housing.yml} are put in the housing register (marked demo), each with its group {@code bo-<code>} and
 * a demo user of the same id. Runs once the application is ready (the tables are migrated then); only what is
 * missing is created, so a restart on the same database creates nothing twice.
 */
@Component
@ConditionalOnProperty(name = "almen.demo.users", havingValue = "true")
public class HousingDemoData {

    private static final Logger LOG = LoggerFactory.getLogger(HousingDemoData.class);

    private final HousingRegister register;
    private final HousingAccess access;
    private final IdentityService identityService;
    private final String demoPassword;

    public HousingDemoData(HousingRegister register, HousingAccess access, IdentityService identityService,
            @Value("${almen.demo.password:}") String demoPassword) {
        this.register = register;
        this.access = access;
        this.identityService = identityService;
        this.demoPassword = demoPassword;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void load() {
        DemoHousing housing = DemoHousing.read();
        int created = 0;
        for (Organisation wanted : housing.organisations()) {
            if (register.byCode(wanted.code()).isEmpty()) {
                long id = register.add(wanted.code(), wanted.name(), wanted.blMember(), housing.contactEmailOf(wanted),
                        wanted.administrator(), true);
                for (Estate estate : wanted.estates()) {
                    register.addEstate(id, estate.number(), estate.name());
                }
                created++;
            }
            HousingOrganisation organisation = register.require(wanted.code());
            String groupId = access.ensureGroup(organisation);
            ensureDemoUser(organisation, groupId);
        }
        LOG.info("Demo housing: {} organisation(s) created from {}", created, DemoHousing.FILE);
    }

    private void ensureDemoUser(HousingOrganisation organisation, String groupId) {
        if (identityService.createUserQuery().userId(groupId).count() == 0) {
            User user = identityService.newUser(groupId);
            user.setFirstName(organisation.name());
            user.setLastName("(boligorganisation)");
            user.setEmail(organisation.contactEmail());
            user.setPassword(demoPassword);
            identityService.saveUser(user);
        }
        if (identityService.createUserQuery().userId(groupId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(groupId, groupId);
        }
    }
}
