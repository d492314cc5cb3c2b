package dk.kk.almenstyring.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import dk.kk.almenstyring.charter.ForumCharter;
import dk.kk.almenstyring.charter.ForumCharters;
import dk.kk.almenstyring.identity.DirectorySetup;
import dk.kk.almenstyring.identity.MemberDirectory;
import dk.kk.almenstyring.mail.Recipient;
import dk.kk.almenstyring.security.ProductAuthorizations;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;

/**
 * What start-up leaves behind when the charters name people who do not exist, and when an earlier start-up (two
 * nodes at once) left a Tasklist filter twice. Same context as DirectoryAndAdminTest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class StartupSafetyTest {

    @Autowired
    ForumCharters charters;
    @Autowired
    MemberDirectory directory;
    @Autowired
    EscalationRecipients escalationRecipients;
    @Autowired
    IdentityService identityService;
    @Autowired
    FilterService filterService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    ProductAuthorizations productAuthorizations;
    @Autowired
    ProcessEngine engine;

    @Test
    void anEscalationGoesToTheExistingChairsAndTheSecretariatWhenAChairIsMissing(CapturedOutput output) {
        ForumCharter bmf = charters.get("BMF");
        assertThat(escalationRecipients.forForum(bmf)).extracting(Recipient::userId)
                .containsExactlyInAnyOrderElementsOf(bmf.chairs());

        ForumCharter withMissingChair = withChairs(bmf, List.of("borgmester-tmf", "overborgmester-2031"));
        List<String> secretariat = directory.inGroups(List.of(bmf.secretariatGroup())).stream()
                .map(Recipient::userId).toList();
        assertThat(secretariat).contains("sekretaer");

        assertThat(escalationRecipients.forForum(withMissingChair)).extracting(Recipient::userId)
                .startsWith("borgmester-tmf").containsAll(secretariat).doesNotContain("overborgmester-2031");
        assertThat(output.getOut()).contains("chair(s) [overborgmester-2031] named in forums.yml are not users");
    }

    @Test
    void anEscalationToNobodyFailsTheStepWithADanishReason() {
        ForumCharter nobody = withChairs(charters.get("SF"), List.of("findes-ikke"));
        ForumCharter noSecretariat = new ForumCharter("X", "Testforum", 2, List.of(), List.of("findes-ikke"),
                "gruppe-uden-medlemmer", null, null, null, null, null, null, false, null, null, false, List.of());

        assertThat(escalationRecipients.forForum(nobody)).isNotEmpty();
        assertThatThrownBy(() -> escalationRecipients.forForum(noSecretariat))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ingen brugere med e-mailadresse")
                .hasMessageContaining("gruppe-uden-medlemmer");
        assertThatThrownBy(() -> escalationRecipients.forGroup("gruppe-uden-medlemmer"))
                .hasMessageContaining("Eskaleringen kan ikke sendes");
    }

    @Test
    void theStartUpCheckNamesEveryMissingChairAndGroupInOneWarning(CapturedOutput output) {
        assertThat(new CharterDirectoryCheck(charters, identityService).missing()).isEmpty();
        ForumCharter sf = charters.get("SF");
        ForumCharter broken = new ForumCharter("SF", sf.name(), sf.level(), List.of("bl-sf", "lejere-2031"),
                List.of("formand-2031"), "sekretariat-2031", sf.meetingsPerYear(), sf.meetingDuration(),
                sf.defaultLocation(), sf.noticePeriod(), sf.proposalDeadline(), sf.agendaDeadline(),
                sf.agendaPublished(), sf.minutesDeadline(), sf.commentWindow(), sf.leadFromTheme(), sf.standingItems());

        CharterDirectoryCheck check = new CharterDirectoryCheck(new ForumCharters(Map.of("SF", broken)), identityService);
        check.check();

        assertThat(check.missing()).containsExactly("chair 'formand-2031' [SF]",
                "secretariat group 'sekretariat-2031' [SF]", "member group 'lejere-2031' [SF]");
        assertThat(output.getOut().lines().filter(l -> l.contains("WARN") && l.contains("formand-2031")
                && l.contains("sekretariat-2031") && l.contains("lejere-2031"))).hasSize(1);
    }

    @Test
    void aDuplicateMineOpgaverFilterIsRepairedAtStartUpKeepingTheOldest() {
        Filter original = filterService.createFilterQuery().filterName(ProductAuthorizations.FILTER_MY_TASKS)
                .singleResult();
        // What a second node starting at the same moment used to leave behind.
        Filter duplicate = filterService.saveFilter(filterService.newTaskFilter(ProductAuthorizations.FILTER_MY_TASKS)
                .setQuery(engine.getTaskService().createTaskQuery()));
        Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId("bl-sf");
        grant.setResource(Resources.FILTER);
        grant.setResourceId(duplicate.getId());
        grant.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(grant);
        assertThat(filterService.createFilterQuery().filterName(ProductAuthorizations.FILTER_MY_TASKS).count())
                .isEqualTo(2);

        productAuthorizations.postProcessEngineBuild(engine);

        assertThat(filterService.createFilterQuery().filterName(ProductAuthorizations.FILTER_MY_TASKS).list())
                .extracting(Filter::getId).containsExactly(original.getId());
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER)
                .resourceId(duplicate.getId()).count()).isZero();
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER)
                .resourceId(original.getId()).groupIdIn("bl-sf").count()).isEqualTo(1);
    }

    @Test
    void aGroupAnotherNodeCreatedMeanwhileIsNoError() {
        AtomicBoolean createdByTheOther = new AtomicBoolean();
        boolean created = DirectorySetup.createUnlessConcurrent(() -> {
            createdByTheOther.set(true);
            throw new IllegalStateException("duplicate key value violates unique constraint");
        }, createdByTheOther::get, "group x");

        assertThat(created).isFalse();
        assertThatThrownBy(() -> DirectorySetup.createUnlessConcurrent(() -> {
            throw new IllegalStateException("disk full");
        }, () -> false, "group y")).hasMessage("disk full");
    }

    private static ForumCharter withChairs(ForumCharter c, List<String> chairs) {
        return new ForumCharter(c.key(), c.name(), c.level(), c.memberGroups(), chairs, c.secretariatGroup(),
                c.meetingsPerYear(), c.meetingDuration(), c.defaultLocation(), c.noticePeriod(), c.proposalDeadline(),
                c.agendaDeadline(), c.agendaPublished(), c.minutesDeadline(), c.commentWindow(), c.leadFromTheme(),
                c.standingItems());
    }
}
