package dk.kk.almenstyring.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dk.kk.almenstyring.identity.DemoUser;
import dk.kk.almenstyring.identity.DirectoryFiles;
import dk.kk.almenstyring.identity.DirectoryFiles.DemoDirectory;
import dk.kk.almenstyring.identity.DirectoryGroup;
import dk.kk.almenstyring.identity.DirectorySetup;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The directory and the administrator as the application leaves them after start-up. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DirectoryAndAdminTest {

    @Autowired
    private IdentityService identityService;
    @Autowired
    private AuthorizationService authorizationService;
    @Autowired
    private FilterService filterService;
    @Autowired
    private ProcessEngine engine;
    @Autowired
    private DirectorySetup directorySetup;
    @Autowired
    private ProductAuthorizations productAuthorizations;

    @Value("${almen.demo.password}")
    private String demoPassword;
    @Value("${camunda.bpm.admin-user.id}")
    private String adminId;

    @Test
    void everyDemoUserExistsWithAValidAddressTheRightGroupsAndTheDemoPassword() {
        DemoDirectory directory = DirectoryFiles.demoDirectory();
        assertThat(directory.users()).hasSize(23);

        for (DemoUser wanted : directory.users()) {
            User user = identityService.createUserQuery().userId(wanted.id()).singleResult();
            assertThat(user).as(wanted.id()).isNotNull();
            assertThat(user.getEmail()).isEqualTo(wanted.id() + "@almen-styring.demo");
            assertThat(EmailAddresses.isValid(user.getEmail())).as(user.getEmail()).isTrue();
            assertThat(identityService.checkPassword(wanted.id(), demoPassword)).as(wanted.id()).isTrue();
            assertThat(groupIdsOf(wanted.id())).as(wanted.id()).containsExactlyInAnyOrderElementsOf(wanted.groups());
        }
    }

    @Test
    void theRolesOfTheForumsAreInTheirGroups() {
        assertThat(membersOf("borgmestre")).containsExactlyInAnyOrder("overborgmester", "borgmester-tmf",
                "borgmester-kff", "borgmester-suf", "borgmester-buf", "borgmester-sof", "borgmester-bif");
        assertThat(membersOf("tks")).containsExactlyInAnyOrder("tks-tmf", "tks-sof", "tks-suf", "tks-bif", "tks-okf",
                "tks-buf", "tks-kff");
        assertThat(membersOf("bl-psf")).containsExactlyInAnyOrder("bl-formand", "bl-kab", "bl-fsb");
        assertThat(membersOf("bl-sf")).containsExactlyInAnyOrder("bl-formand", "bl-kab", "bl-aab", "bl-vibo");
        assertThat(membersOf("llo")).containsExactly("llo-repr");
        assertThat(membersOf("sekretariat")).containsExactly("sekretaer");
        assertThat(membersOf("okf")).containsExactlyInAnyOrder("overborgmester", "tks-okf");
    }

    @Test
    void everyProductGroupExistsWithItsNameAndType() {
        for (DirectoryGroup wanted : DirectoryFiles.groups()) {
            Group group = identityService.createGroupQuery().groupId(wanted.id()).singleResult();
            assertThat(group).as(wanted.id()).isNotNull();
            assertThat(group.getName()).isEqualTo(wanted.name());
            assertThat(group.getType()).isEqualTo(wanted.type());
        }
        assertThat(identityService.createGroupQuery().groupType("forvaltning").list()).extracting(Group::getId)
                .containsExactlyInAnyOrder("tmf", "sof", "suf", "bif", "okf", "buf", "kff");
        assertThat(identityService.createGroupQuery().groupId("bl-psf").singleResult().getName())
                .isEqualTo("BL's 1. kreds – Partnerskabsforum");
    }

    @Test
    void theForumsGroupsAreTheOnesWithAuthorizations() {
        assertThat(productAuthorizations.memberGroups())
                .containsExactlyInAnyOrder("borgmestre", "bl-psf", "bl-sf", "llo", "tks");
        assertThat(productAuthorizations.secretariatGroups()).containsExactly("sekretariat");
    }

    @Test
    void camundaAdminHasADirectMemberSoTheSetupPageStaysClosed() {
        assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list())
                .extracting(User::getId).contains(adminId);
    }

    @Test
    void aRestartCreatesNothingTwice() {
        long users = identityService.createUserQuery().count();
        long groups = identityService.createGroupQuery().count();
        long authorizations = authorizationService.createAuthorizationQuery().count();
        long filters = filterService.createFilterQuery().count();

        directorySetup.postProcessEngineBuild(engine);
        productAuthorizations.postProcessEngineBuild(engine);

        assertThat(identityService.createUserQuery().count()).isEqualTo(users);
        assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
        assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
    }

    private List<String> groupIdsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    private List<String> membersOf(String groupId) {
        return identityService.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId).toList();
    }
}
