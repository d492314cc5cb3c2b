package dk.kk.almenstyring.delaftale;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.agreement.Agreement;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.agreement.AgreementVersion;
import dk.kk.almenstyring.charter.ForumCharter;
import dk.kk.almenstyring.charter.ForumCharters;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.delaftale.DelaftaleProcess.Var;
import dk.kk.almenstyring.identity.MemberDirectory;
import dk.kk.almenstyring.mail.MailOrder;
import dk.kk.almenstyring.mail.MailService;
import dk.kk.almenstyring.mail.MailTemplate;
import dk.kk.almenstyring.mail.Recipient;
import dk.kk.almenstyring.meeting.Meeting;
import dk.kk.almenstyring.meeting.MeetingRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tells Samarbejdsforum's members that the delaftale they agreed on (at the meeting named in the mail) is approved,
 * in force and published. One mail per member and version; a retried job sends none twice.
 */
@Component("mailDelaftaleActive")
public class MailDelaftaleActiveDelegate implements JavaDelegate {

    private final AgreementRegister register;
    private final MeetingRepository meetings;
    private final ForumCharters charters;
    private final MemberDirectory directory;
    private final MailService mailService;

    public MailDelaftaleActiveDelegate(AgreementRegister register, MeetingRepository meetings, ForumCharters charters,
            MemberDirectory directory, MailService mailService) {
        this.register = register;
        this.meetings = meetings;
        this.charters = charters;
        this.directory = directory;
        this.mailService = mailService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = Var.AGREEMENT_ID.from(execution).get();
        int version = Var.AGREEMENT_VERSION.from(execution).get();
        Agreement agreement = register.get(id);
        AgreementVersion content = register.versions(id).stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow();
        Meeting meeting = meetings.get(Var.MEETING_ID.from(execution).get());
        ForumCharter sf = charters.get(DelaftaleProcess.FORUM_KEY);
        List<Map<String, Object>> goals = content.goals().stream()
                .map(g -> Map.<String, Object>of("goal", g.goal(), "successCriterion", g.successCriterion())).toList();
        for (Recipient member : directory.inGroups(sf.memberGroups())) {
            Map<String, Object> model = new HashMap<>();
            model.put("forumName", sf.name());
            model.put("meetingDate", DanishText.date(meeting.startsAt()));
            model.put("meetingTime", DanishText.timeSpan(meeting.startsAt(), meeting.endsAt()));
            model.put("location", meeting.location());
            model.put("agreementTitle", agreement.title());
            model.put("version", "version " + version);
            model.put("revised", Boolean.TRUE.equals(Var.ADJUSTMENT.from(execution).getOrNull()));
            model.put("leadForvaltning", agreement.leadForvaltning());
            model.put("validFrom", date(agreement.validFrom()));
            model.put("validTo", agreement.validTo() == null ? "hovedaftalens udløb" : date(agreement.validTo()));
            model.put("goals", goals);
            String key = MailTemplate.DELAFTALE_ACTIVE.id() + ":" + id + ":v" + version + ":" + member.userId();
            mailService.send(new MailOrder(key, member, MailTemplate.DELAFTALE_ACTIVE.id(), model, meeting.id(), null));
        }
    }

    private static String date(LocalDate day) {
        return DanishText.date(day.atTime(12, 0).atZone(DanishText.COPENHAGEN).toInstant());
    }
}
