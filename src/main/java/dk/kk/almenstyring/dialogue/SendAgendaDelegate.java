package dk.kk.almenstyring.dialogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.dialogue.DialogueRegister.Contribution;
import dk.kk.almenstyring.dialogue.StyringsdialogProcess.Var;
import dk.kk.almenstyring.forvaltning.Forvaltning;
import dk.kk.almenstyring.housing.HousingOrganisation;
import dk.kk.almenstyring.housing.HousingRegister;
import dk.kk.almenstyring.identity.MemberDirectory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * When the agenda deadline has passed (or every forvaltning has answered): the agenda, built from the items the
 * forvaltninger sent, and the participants, mailed to the organisation, TMF's secretariat (who holds the meeting) and
 * the people of every forvaltning taking part (S1). A forvaltning that did not answer does not take part.
 */
@Component("sendStyringsdialogAgenda")
public class SendAgendaDelegate implements JavaDelegate {

    private final DialogueRegister register;
    private final HousingRegister housing;
    private final MemberDirectory directory;
    private final DialogueMails mails;

    public SendAgendaDelegate(DialogueRegister register, HousingRegister housing, MemberDirectory directory,
            DialogueMails mails) {
        this.register = register;
        this.housing = housing;
        this.directory = directory;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(Var.DIALOGUE_ID)).longValue();
        HousingOrganisation organisation = housing.require((String) execution.getVariable(Var.ORGANISATION_CODE));
        List<String> participants = new ArrayList<>();
        participants.add(organisation.name());
        participants.add("Teknik- og Miljøforvaltningens sekretariat (mødeleder, tilsynet)");
        List<String> groups = new ArrayList<>(List.of(StyringsdialogProcess.SECRETARIAT_GROUP));
        List<Map<String, Object>> items = new ArrayList<>();
        for (Contribution c : register.contributions(id)) {
            if (c.takesPart()) {
                participants.add(c.forvaltning());
                Forvaltning.byCode(c.forvaltning()).ifPresent(f -> groups.add(f.groupId()));
            }
            if (c.agendaItems() != null) {
                for (String line : c.agendaItems().split("\\R")) {
                    if (!line.isBlank()) {
                        Map<String, Object> item = new LinkedHashMap<>();
                        item.put("number", String.valueOf(items.size() + 1));
                        item.put("text", line.strip());
                        item.put("forvaltning", c.forvaltning());
                        items.add(item);
                    }
                }
            }
        }
        mails.agenda(id, ((Number) execution.getVariable(Var.YEAR)).intValue(), organisation,
                (String) execution.getVariable(Var.MEETING_TEXT), (String) execution.getVariable(Var.MEETING_LOCATION),
                participants, items, directory.inGroups(groups));
    }
}
