package dk.kk.almenstyring.hovedaftale;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.kk.almenstyring.agreement.Agreement;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.agreement.AgreementVersion;
import dk.kk.almenstyring.charter.ForumCharter;
import dk.kk.almenstyring.charter.ForumCharters;
import dk.kk.almenstyring.housing.HousingRegister;
import dk.kk.almenstyring.identity.MemberDirectory;
import dk.kk.almenstyring.mail.MailOrder;
import dk.kk.almenstyring.mail.MailService;
import dk.kk.almenstyring.mail.Recipient;
import org.springframework.stereotype.Service;

/** Who hears about the hovedaftale, and what they read. Keys make every mail idempotent per version. */
@Service
public class HovedaftaleMails {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da-DK"));

    private final MailService mailService;
    private final MemberDirectory directory;
    private final ForumCharters charters;
    private final HousingRegister housing;
    private final AgreementRegister register;

    public HovedaftaleMails(MailService mailService, MemberDirectory directory, ForumCharters charters,
            HousingRegister housing, AgreementRegister register) {
        this.mailService = mailService;
        this.directory = directory;
        this.charters = charters;
        this.housing = housing;
        this.register = register;
    }

    /** A2: the negotiated text to Partnerskabsforum's members, with the minutes. */
    public void negotiated(Agreement agreement, int version) {
        AgreementVersion v = version(agreement, version);
        Map<String, Object> model = new HashMap<>();
        model.put("agreementTitle", agreement.title());
        model.put("version", String.valueOf(version));
        model.put("themes", v.themes());
        model.put("goals", goals(v));
        model.put("body", v.body());
        send(directory.inGroups(charters.get("PSF").memberGroups()), "hovedaftale-negotiated", agreement, "v" + version, model);
    }

    /** A3, A5: every forum member and every housing organisation hears that it is in force. */
    public void active(Agreement agreement, int version, boolean adjustment) {
        Map<String, Recipient> recipients = new LinkedHashMap<>();
        for (ForumCharter charter : charters.all()) {
            directory.inGroups(charter.memberGroups()).forEach(r -> recipients.putIfAbsent(r.userId(), r));
        }
        housing.all().forEach(org -> recipients.putIfAbsent(org.groupId(),
                new Recipient(org.groupId(), org.name(), org.contactEmail())));
        Map<String, Object> model = new HashMap<>();
        model.put("agreementTitle", agreement.title());
        model.put("version", String.valueOf(version));
        model.put("validFrom", DATE.format(agreement.validFrom()));
        model.put("validTo", DATE.format(agreement.validTo()));
        model.put("goals", goals(version(agreement, version)));
        model.put("adjustment", adjustment);
        send(List.copyOf(recipients.values()), "hovedaftale-active", agreement, "v" + version, model);
    }

    public void expiryWarning(Agreement agreement, String successorStatus) {
        send(directory.inGroups(List.of("sekretariat")), "hovedaftale-expiry-warning", agreement, "",
                Map.of("agreementTitle", agreement.title(), "validTo", DATE.format(agreement.validTo()),
                        "successorStatus", successorStatus));
    }

    private AgreementVersion version(Agreement agreement, int version) {
        return register.versions(agreement.id()).stream().filter(v -> v.version() == version).findFirst().orElseThrow();
    }

    private static List<Map<String, Object>> goals(AgreementVersion v) {
        return v.goals().stream().map(g -> Map.<String, Object>of("goal", g.goal(), "successCriterion", g.successCriterion()))
                .toList();
    }

    private void send(List<Recipient> recipients, String template, Agreement agreement, String occasion,
            Map<String, Object> extra) {
        for (Recipient recipient : recipients) {
            Map<String, Object> model = new HashMap<>(extra);
            String key = template + ":agreement" + agreement.id() + ":" + occasion + ":" + recipient.userId();
            mailService.send(new MailOrder(key, recipient, template, model, null, null));
        }
    }
}
