package dk.kk.almenstyring.accession;

import dk.kk.almenstyring.agreement.Agreement;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.agreement.AgreementStatus;
import dk.kk.almenstyring.accession.AccessionProcess.Var;
import dk.kk.almenstyring.common.AsSystem;
import dk.kk.almenstyring.housing.HousingAccess;
import dk.kk.almenstyring.housing.HousingOrganisation;
import dk.kk.almenstyring.housing.HousingRegister;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * A5: once a hovedaftale is in force, every registered housing organisation, member of BL or not, is invited to
 * accede: one accession instance each. Called by the hovedaftale process after activation.
 */
@Service
public class AccessionInvitations {

    private final AgreementRegister agreements;
    private final HousingRegister housing;
    private final AccessionRegister accessions;
    private final HousingAccess access;
    private final RuntimeService runtimeService;
    private final AsSystem asSystem;

    public AccessionInvitations(AgreementRegister agreements, HousingRegister housing, AccessionRegister accessions,
            HousingAccess access, RuntimeService runtimeService, AsSystem asSystem) {
        this.agreements = agreements;
        this.housing = housing;
        this.accessions = accessions;
        this.access = access;
        this.runtimeService = runtimeService;
        this.asSystem = asSystem;
    }

    /**
     * Starts one accession instance per registered organisation not yet invited to this agreement, and returns how
     * many were started (a second call invites only organisations registered since).
     *
     * @throws BadUserRequestException when the agreement does not exist or is not in force (ACTIVE)
     */
    public int inviteAll(long agreementId, String title) {
        Agreement agreement = agreements.get(agreementId);
        if (agreement.status() != AgreementStatus.ACTIVE) {
            throw new BadUserRequestException("Der kan kun søges tilslutning til en aftale, der er trådt i kraft; '"
                    + agreement.title() + "' er " + agreement.status() + ".");
        }
        String agreementTitle = title == null || title.isBlank() ? agreement.title() : title;
        return asSystem.call(() -> {
            int started = 0;
            for (HousingOrganisation organisation : housing.all()) {
                if (accessions.isInvited(agreementId, organisation.id())) {
                    continue;
                }
                access.ensureGroup(organisation);
                VariableMap vars = Variables.createVariables();
                Var.AGREEMENT_ID.on(vars).set(agreementId);
                Var.AGREEMENT_TITLE.on(vars).set(agreementTitle);
                Var.ORGANISATION_CODE.on(vars).set(organisation.code());
                runtimeService.startProcessInstanceByKey(AccessionProcess.PROCESS_KEY,
                        "agreement-" + agreementId + "/" + organisation.code(), vars);
                started++;
            }
            return started;
        });
    }
}
