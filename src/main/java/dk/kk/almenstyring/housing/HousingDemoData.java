package dk.kk.almenstyring.housing;

import java.util.HashMap;
import java.util.Map;

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
 * a demo user of the same id, and their estates with the attributes the extended supervision selects by (a demo
 * organisation's missing estates are added later too). Runs once the application is ready (the tables are migrated
 * then); only what is missing is created, so a restart on the same database creates nothing twice.
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
        int estates = 0;
        for (Organisation wanted : housing.organisations()) {
            if (register.byCode(wanted.code()).isEmpty()) {
                register.add(wanted.code(), wanted.name(), wanted.blMember(), housing.contactEmailOf(wanted),
                        wanted.administrator(), true);
                created++;
            }
            HousingOrganisation organisation = register.require(wanted.code());
            if (organisation.demo()) {
                estates += completeEstates(organisation, wanted);
            }
            String groupId = access.ensureGroup(organisation);
            ensureDemoUser(organisation, groupId);
        }
        LOG.info("Demo housing: {} organisation(s) and {} estate(s) created or completed from {}", created, estates,
                DemoHousing.FILE);
    }

    /**
     * Adds the file's estates the organisation lacks, and gives the attributes to a demo estate registered before
     * the register had them (no district yet); an estate whose attributes were set is left as it is.
     */
    private int completeEstates(HousingOrganisation organisation, Organisation wanted) {
        Map<String, EstateProfile> registered = new HashMap<>();
        register.estateProfiles(organisation.code()).forEach(e -> registered.put(e.number(), e));
        int changed = 0;
        for (Estate estate : wanted.estates()) {
            EstateProfile existing = registered.get(estate.number());
            if (existing == null) {
                register.addEstate(organisation.id(), estate.number(), estate.name(), estate.attributes());
                changed++;
            } else if (existing.attributes().district() == null && estate.district() != null) {
                register.updateEstateAttributes(existing.id(), estate.attributes());
                changed++;
            }
        }
        return changed;
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
