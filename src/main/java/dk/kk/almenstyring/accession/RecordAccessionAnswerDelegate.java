package dk.kk.almenstyring.accession;

import dk.kk.almenstyring.accession.AccessionProcess.Var;
import dk.kk.almenstyring.common.CurrentUser;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.common.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the organisation's answer from the answer-accession form, synchronously after the task: a missing answer,
 * a decline without reason or a second answer is refused at the form and the task stays open.
 */
@Component("recordAccessionAnswer")
public class RecordAccessionAnswerDelegate implements JavaDelegate {

    private final AccessionRegister accessions;
    private final CurrentUser currentUser;

    public RecordAccessionAnswerDelegate(AccessionRegister accessions, CurrentUser currentUser) {
        this.accessions = accessions;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // read as sent: over the REST API any type may come, and a wrong one is refused here, naming the field
        String answer = FormValues.text(AccessionProcess.sent(Var.ACCESSION_ANSWER, execution), "Svar");
        String reason = FormValues.text(AccessionProcess.sent(Var.DECLINE_REASON, execution), "Begrundelse");
        accessions.answer(Var.AGREEMENT_ID.from(execution).get(), Var.ORGANISATION_CODE.from(execution).get(),
                answer, reason, currentUser.id(), EngineClock.now());
    }
}
