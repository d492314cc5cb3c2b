package dk.kk.almenstyring.accession;

import dk.kk.almenstyring.accession.AccessionProcess.Var;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.housing.HousingRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Counts the reminder and mails it. Both happen in the job's transaction and the mail key carries the number, so a
 * retried job counts and sends the same reminder once.
 */
@Component("sendAccessionReminder")
public class SendAccessionReminderDelegate implements JavaDelegate {

    private final HousingRegister housing;
    private final AccessionRegister accessions;
    private final AccessionMails mails;

    public SendAccessionReminderDelegate(HousingRegister housing, AccessionRegister accessions, AccessionMails mails) {
        this.housing = housing;
        this.accessions = accessions;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long agreementId = Var.AGREEMENT_ID.from(execution).get();
        String code = Var.ORGANISATION_CODE.from(execution).get();
        int number = accessions.countReminder(agreementId, code);
        AccessionStatus status = accessions.find(agreementId, code).orElseThrow();
        mails.reminder(agreementId, Var.AGREEMENT_TITLE.from(execution).getOrNull(), housing.require(code),
                DanishText.date(status.invitedAt()), number);
    }
}
