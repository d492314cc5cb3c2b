package dk.kk.almenstyring.mail;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Complete, realistic models for every template, as the callers will build them. */
final class MailModels {

    static final String FORUM = "Samarbejdsforum";
    static final String DATE = "torsdag den 25. marts 2027";
    static final String TIME = "14:00–16:00";
    static final String LOCATION = "Teknik- og Miljøforvaltningen, Center for Bydesign";
    static final String RECIPIENT = "Søren Ørsted-Ågård";
    static final String TASKLIST = "http://localhost:8080/camunda/app/tasklist/";

    private MailModels() {
    }

    static Map<String, Object> common() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("forumName", FORUM);
        model.put("meetingDate", DATE);
        model.put("meetingTime", TIME);
        model.put("location", LOCATION);
        model.put("recipientName", RECIPIENT);
        model.put("tasklistUrl", TASKLIST);
        return model;
    }

    /** Every key the template reads, optional ones included. */
    static Map<String, Object> full(MailTemplate template) {
        Map<String, Object> model = common();
        switch (template) {
            case AREA_DIALOGUE_INVITATION -> {
                model.put("area", "Nørrebro");
                model.put("year", "2027");
                model.put("meetingText", "torsdag den 18. marts 2027 kl. 14:00, Beboerhuset Demoparken");
                model.put("organisations", "KAB: KAB-104 Fiktivparken, KAB-112 Pilothusene\nfsb: FSB-307 Kopihaven");
                model.put("forvaltninger", "Teknik- og Miljøforvaltningen, Socialforvaltningen");
                model.put("invitationNote", "Vi drøfter tryghed i området.");
            }
            case INVITATION -> {
                model.put("agendaDeadline", "torsdag den 11. marts 2027");
                model.put("proposalDeadline", "torsdag den 4. marts 2027 kl. 16:00");
                model.put("extraordinaryReason", "Behandling af den nye delaftale om udlejning");
            }
            case MEETING_MOVED -> {
                model.put("oldMeetingDate", "tirsdag den 23. marts 2027");
                model.put("oldMeetingTime", "10:00–12:00");
                model.put("oldLocation", "Københavns Rådhus");
                model.put("reason", "Rådhuset er optaget af valgarrangement");
                model.put("proposalDeadline", "torsdag den 4. marts 2027 kl. 16:00");
            }
            case MEETING_CANCELLED -> model.put("reason", "Der er ikke indkommet punkter til dagsordenen");
            case AGENDA -> {
                model.put("items", List.of(
                        item(1, "Godkendelse af referat fra sidste møde", null, "TMF"),
                        item(2, "Udlejning af almene familieboliger", "Status på den kommunale anvisning", "SOF"),
                        item(3, "Klimatilpasning i almene afdelinger", "Oplæg ved Center for Bydesign", "TMF")));
                model.put("published", true);
            }
            case DEADLINE_REMINDER, DEADLINE_ESCALATION -> {
                model.put("what", "dagsordenen");
                model.put("deadline", "torsdag den 11. marts 2027 kl. 16:00");
                model.put("taskName", "Udsend dagsorden");
                model.put("asChair", true);
            }
            case MINUTES -> {
                model.put("minutesText", "Formanden bød velkommen.");
                attendanceAndDecisions(model);
                model.put("commentDeadline", "torsdag den 15. april 2027 kl. 16:00");
            }
            case MINUTES_FINAL -> {
                model.put("minutesText", "Formanden bød velkommen.\nReferatet er rettet efter bemærkninger.");
                model.put("withComments", true);
                model.put("finalAt", "torsdag den 15. april 2027");
                attendanceAndDecisions(model);
            }
            case DELAFTALE_ACTIVE -> {
                model.put("agreementTitle", "Delaftale om udlejning og boligsocial anvisning");
                model.put("version", "version 2");
                model.put("revised", true);
                model.put("leadForvaltning", "SOF");
                model.put("validFrom", "mandag den 1. marts 2027");
                model.put("validTo", "fredag den 31. december 2027");
                model.put("goals", List.of(
                        Map.of("goal", "Flere boligsociale anvisninger", "successCriterion", "Ventelisten under 200"),
                        Map.of("goal", "Blandet beboersammensætning", "successCriterion", "Andel i beskæftigelse stiger")));
            }
            case APPROVAL_REMINDER, APPROVAL_ESCALATION -> {
                model.put("agreementTitle", "Hovedaftale 2027–2030");
                model.put("bodyName", "Borgerrepræsentationen");
                model.put("deadline", "mandag den 1. marts 2027 kl. 16:00");
                model.put("taskName", "Registrér BR's godkendelse: Hovedaftale 2027–2030");
            }
            case ACCESSION_INVITATION -> {
                model.put("agreementTitle", "Hovedaftale 2027–2030");
                model.put("organisationName", "Boligselskabet Demohjem (fiktiv)");
                model.put("blMember", false);
                model.put("answerBy", "mandag den 1. marts 2027");
                agreementText(model);
            }
            case APPROVAL_REQUESTED -> {
                model.put("agreementTitle", "Hovedaftale 2027–2030");
                model.put("bodyName", "BL's 1. kreds");
                model.put("deadline", "mandag den 1. marts 2027 kl. 16:00");
                model.put("taskName", "Registrér BL's godkendelse: Hovedaftale 2027–2030");
                agreementText(model);
            }
            case AGREEMENT_REJECTED -> {
                model.put("agreementTitle", "Hovedaftale 2027–2030");
                model.put("version", "2");
                model.put("bodyName", "Borgerrepræsentationen");
                model.put("reason", "Målet for ventelisten er ikke finansieret");
                model.put("negotiatingForum", "Partnerskabsforum");
                model.put("inForce", false);
            }
            case ENKELTAFTALE_PROPOSED -> {
                model.put("agreementTitle", "Tryghed i Tingbjerg");
                model.put("forvaltning", "SOF");
                model.put("organisationName", "KAB");
                model.put("estate", "afdeling KAB-101 Tingbjerg");
                model.put("followUpDate", "tirsdag den 1. juni 2027");
                model.put("taskName", "Tilslutning til enkeltaftale: Tryghed i Tingbjerg");
                agreementText(model);
            }
            case ENKELTAFTALE_AGREED -> {
                model.put("agreementTitle", "Tryghed i Tingbjerg");
                model.put("forvaltning", "SOF");
                model.put("organisationName", "KAB");
                model.put("validTo", "31. december 2029");
                model.put("followUpDate", "tirsdag den 1. juni 2027");
            }
            case ENKELTAFTALE_DECLINED -> {
                model.put("agreementTitle", "Tryghed i Tingbjerg");
                model.put("forvaltning", "SOF");
                model.put("organisationName", "KAB");
                model.put("declinedBy", "KAB");
                model.put("reason", "Afdelingens budget rækker ikke");
            }
            case ACCESSION_REMINDER -> {
                model.put("agreementTitle", "Hovedaftale 2027–2030");
                model.put("organisationName", "Boligselskabet Demohjem (fiktiv)");
                model.put("invitedOn", "mandag den 4. januar 2027");
                model.put("reminderNumber", "2");
            }
            case HOVEDAFTALE_NEGOTIATED -> {
                model.put("agreementTitle", "Hovedaftale 2027–2031");
                model.put("version", "2");
                model.put("themes", "Udlejning, fremtidssikring, tryghed og trivsel");
                model.put("goals", List.of(Map.of("goal", "Tryghed i de almene boligområder",
                        "successCriterion", "Tryghedsindekset forbedres i alle udsatte områder")));
                model.put("body", "Parterne er enige om følgende.");
            }
            case HOVEDAFTALE_ACTIVE -> {
                model.put("agreementTitle", "Hovedaftale 2027–2031");
                model.put("version", "2");
                model.put("validFrom", "1. juli 2027");
                model.put("validTo", "30. juni 2031");
                model.put("goals", List.of(Map.of("goal", "Flere unge i uddannelse",
                        "successCriterion", "5 procentpoint flere unge i job eller uddannelse")));
                model.put("adjustment", false);
            }
            case HOVEDAFTALE_EXPIRY_WARNING -> {
                model.put("agreementTitle", "Hovedaftale 2027–2031");
                model.put("validTo", "30. juni 2031");
                model.put("successorStatus", "den nye aftale har status DRAFT");
            }
            case LATE_PROPOSAL -> {
                model.put("proposalTitle", "Tryghed i opgangene");
                model.put("proposedBy", "Lise Lund (LLO)");
                model.put("submittedAt", "fredag den 5. marts 2027 kl. 09:12");
                model.put("deadline", "torsdag den 4. marts 2027 kl. 16:00");
            }
            case STYRINGSDIALOG_INVITATION -> {
                model.put("year", "2027");
                model.put("organisationName", "KAB");
                model.put("window", "onsdag den 1. september 2027 til fredag den 31. december 2027");
                model.put("bookBy", "mandag den 13. september 2027 kl. 16:00");
                model.put("taskName", "Book styringsdialogmøde");
            }
            case STYRINGSDIALOG_REMINDER, STYRINGSDIALOG_ESCALATION -> {
                model.put("organisationName", "KAB");
                model.put("what", "booking af mødet");
                model.put("deadline", "mandag den 13. september 2027 kl. 16:00");
                model.put("taskName", "Book styringsdialogmøde");
                model.put("reminderNumber", "1");
            }
            case STYRINGSDIALOG_AGENDA -> {
                model.put("organisationName", "KAB");
                model.put("meetingText", "torsdag den 14. oktober 2027 kl. 10:00");
                model.put("meetingLocation", "Njalsgade 13");
                model.put("participants", List.of(Map.of("name", "KAB"), Map.of("name", "SOF")));
                model.put("items", List.of(Map.of("number", "1", "text", "Udlejning til unge", "forvaltning", "SOF")));
            }
        }
        // a template about something other than a meeting (MailTemplate.Subject.OTHER) reads no meeting keys
        model.keySet().retainAll(template.keys().stream().map(MailTemplate.ModelKey::name).toList());
        return model;
    }

    static Map<String, Object> item(int number, String title, String description, String responsible) {
        // HashMap, not Map.of: callers leave an optional description out or null.
        Map<String, Object> item = new HashMap<>();
        item.put("number", number);
        item.put("title", title);
        if (description != null) {
            item.put("description", description);
        }
        item.put("responsible", responsible);
        return item;
    }

    static Map<String, Object> decision(int number, String title, String decision) {
        return Map.of("number", number, "title", title, "decision", decision);
    }

    /** The attendance as recorded and three decisions, the last about an agreement (with its Udfald). */
    static void attendanceAndDecisions(Map<String, Object> model) {
        model.put("present", List.of(Map.of("name", "Hanne Juhl"), Map.of("name", "Søren Ørsted-Ågård")));
        model.put("absent", List.of(Map.of("name", "Kasper Thorsen")));
        model.put("decisions", List.of(
                decision(1, "Godkendelse af referat", "Referatet blev godkendt."),
                decision(2, "Udlejning af almene familieboliger", "Forummet tog orienteringen til efterretning."),
                Map.of("number", 3, "title", "Delaftale om udlejning", "decision", "Forummet anbefaler delaftalen.",
                        "outcome", "Enighed om aftalen")));
    }

    /** The partial aftaletekst: one version's themes, goals with success criteria, text and documents. */
    private static void agreementText(Map<String, Object> model) {
        model.put("version", "2");
        model.put("themes", "Udlejning, fremtidssikring, tryghed og trivsel");
        model.put("goals", List.of(Map.of("goal", "Tryghed i de almene boligområder",
                "successCriterion", "Tryghedsindekset forbedres i alle udsatte områder")));
        model.put("body", "Parterne er enige om følgende.");
        model.put("documents", List.of(Map.of("name", "Baggrundsnotat", "reference", "2027-0012345")));
    }
}
