package dk.kk.almenstyring.accession;

import dk.kk.almenstyring.accession.AccessionProcess.Var;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.housing.HousingOrganisation;
import dk.kk.almenstyring.housing.HousingRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Records the invitation (once per agreement and organisation) and sets who answers and how often they are reminded. */
@Component("recordAccessionInvitation")
public class RecordInvitationDelegate implements JavaDelegate {

    private final HousingRegister housing;
    private final AccessionRegister accessions;
    private final String reminderCycle;

    public RecordInvitationDelegate(HousingRegister housing, AccessionRegister accessions,
            @Value("${almen.agreements.accession-reminder:R/P14D}") String reminderCycle) {
        this.housing = housing;
        this.accessions = accessions;
        this.reminderCycle = reminderCycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long agreementId = ((Number) execution.getVariable(Var.AGREEMENT_ID)).longValue();
        HousingOrganisation organisation = housing.require((String) execution.getVariable(Var.ORGANISATION_CODE));
        accessions.invite(agreementId, organisation, EngineClock.now());
        execution.setVariable(Var.ORGANISATION_CODE, organisation.code());
        execution.setVariable(Var.ORGANISATION_NAME, organisation.name());
        execution.setVariable(Var.ORGANISATION_GROUP, organisation.groupId());
        execution.setVariable(Var.REMINDER_CYCLE, reminderCycle);
    }
}
