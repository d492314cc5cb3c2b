package dk.kk.almenstyring.hovedaftale;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of processes/hovedaftale.bpmn, by the names the model uses in delegateExpression. */
@Configuration
public class HovedaftaleDelegates {

    @Bean
    JavaDelegate checkHovedaftaleStart(HovedaftaleSteps steps) {
        return steps::checkStart;
    }

    @Bean
    JavaDelegate registerHovedaftaleDraft(HovedaftaleSteps steps) {
        return steps::registerDraft;
    }

    @Bean
    JavaDelegate requestHovedaftaleAgendaItem(HovedaftaleSteps steps) {
        return steps::requestAgendaItem;
    }

    @Bean
    JavaDelegate recordHovedaftaleBmfOutcome(HovedaftaleSteps steps) {
        return steps::recordBmfOutcome;
    }

    @Bean
    JavaDelegate approveHovedaftale(HovedaftaleSteps steps) {
        return steps::approve;
    }

    @Bean
    JavaDelegate markHovedaftaleNegotiated(HovedaftaleSteps steps) {
        return steps::markNegotiated;
    }

    @Bean
    JavaDelegate sendHovedaftaleNegotiatedText(HovedaftaleSteps steps) {
        return steps::sendNegotiatedText;
    }

    @Bean
    JavaDelegate returnHovedaftaleToNegotiation(HovedaftaleSteps steps) {
        return steps::returnToNegotiation;
    }

    @Bean
    JavaDelegate activateHovedaftale(HovedaftaleSteps steps) {
        return steps::activate;
    }

    @Bean
    JavaDelegate announceHovedaftale(HovedaftaleSteps steps) {
        return steps::announce;
    }

    /** A5: every registered housing organisation, BL member or not, is invited to accede. */
    @Bean
    JavaDelegate inviteAccession(dk.kk.almenstyring.accession.AccessionInvitations invitations) {
        return execution -> execution.setVariable("accessionsInvited", invitations.inviteAll(
                ((Number) execution.getVariable(HovedaftaleProcess.VAR_AGREEMENT_ID)).longValue(),
                (String) execution.getVariable(HovedaftaleProcess.VAR_TITLE)));
    }

    @Bean
    JavaDelegate scheduleHovedaftaleEvaluation(HovedaftaleSteps steps) {
        return steps::scheduleNextEvaluation;
    }

    @Bean
    JavaDelegate registerHovedaftaleAdjustment(HovedaftaleSteps steps) {
        return steps::registerAdjustment;
    }

    @Bean
    JavaDelegate applyHovedaftaleAdjustment(HovedaftaleSteps steps) {
        return steps::applyAdjustment;
    }

    @Bean
    JavaDelegate startHovedaftaleSuccessor(HovedaftaleSteps steps) {
        return steps::startSuccessor;
    }

    @Bean
    JavaDelegate warnIfNoHovedaftaleSuccessor(HovedaftaleSteps steps) {
        return steps::warnIfNoSuccessor;
    }

    @Bean
    JavaDelegate expireHovedaftale(HovedaftaleSteps steps) {
        return steps::expire;
    }

    @Bean
    JavaDelegate endHovedaftaleDescendants(HovedaftaleSteps steps) {
        return steps::endDescendants;
    }
}
