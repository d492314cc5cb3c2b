package dk.kk.almenstyring.supervision.area;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.forvaltning.Forvaltning;
import dk.kk.almenstyring.housing.HousingOrganisation;
import dk.kk.almenstyring.housing.HousingRegister;
import dk.kk.almenstyring.identity.MemberDirectory;
import dk.kk.almenstyring.mail.MailOrder;
import dk.kk.almenstyring.mail.MailService;
import dk.kk.almenstyring.mail.MailTemplate;
import dk.kk.almenstyring.mail.Recipient;
import dk.kk.almenstyring.supervision.area.AreaDialogueRegister.AreaDialogue;
import dk.kk.almenstyring.supervision.area.AreaDialogueRegister.Participant;
import dk.kk.almenstyring.supervision.area.AreaDialogueRegister.ParticipantKind;
import org.springframework.stereotype.Service;

/**
 * The invitation to an area's meeting, to each invited organisation's contact address and to every person of each
 * chosen forvaltning. One mail per recipient and meeting: its key names both, so a retried job sends nothing twice.
 */
@Service
public class AreaDialogueMails {

    private final MailService mailService;
    private final HousingRegister housing;
    private final AreaStakeholders stakeholders;
    private final MemberDirectory directory;

    public AreaDialogueMails(MailService mailService, HousingRegister housing, AreaStakeholders stakeholders,
            MemberDirectory directory) {
        this.mailService = mailService;
        this.housing = housing;
        this.stakeholders = stakeholders;
        this.directory = directory;
    }

    public void invitations(AreaDialogue dialogue, List<Participant> participants, String invitationNote) {
        List<HousingOrganisation> organisations = participants.stream()
                .filter(p -> p.kind() == ParticipantKind.ORGANISATION).map(p -> housing.require(p.code())).toList();
        List<Forvaltning> forvaltninger = participants.stream().filter(p -> p.kind() == ParticipantKind.FORVALTNING)
                .map(p -> Forvaltning.byCode(p.code()).orElseThrow()).toList();

        Map<String, Recipient> recipients = new LinkedHashMap<>();
        organisations.forEach(o -> recipients.putIfAbsent(o.groupId(),
                new Recipient(o.groupId(), o.name(), o.contactEmail())));
        directory.inGroups(forvaltninger.stream().map(Forvaltning::groupId).toList())
                .forEach(r -> recipients.putIfAbsent(r.userId(), r));

        Map<String, Object> model = new HashMap<>();
        model.put("area", dialogue.area());
        model.put("year", String.valueOf(dialogue.year()));
        model.put("meetingText", DanishText.dateTime(dialogue.meetingAt()) + ", " + dialogue.location());
        model.put("organisations", stakeholders.text(dialogue.area()));
        model.put("forvaltninger", forvaltninger.stream().map(Forvaltning::danishName).collect(Collectors.joining(", ")));
        model.put("invitationNote", invitationNote);
        for (Recipient recipient : recipients.values()) {
            mailService.send(new MailOrder("area-dialogue-" + dialogue.id() + "/invitation/" + recipient.userId(),
                    recipient, MailTemplate.AREA_DIALOGUE_INVITATION.id(), new HashMap<>(model), null, null));
        }
    }
}
