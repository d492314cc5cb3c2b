package dk.kk.almenstyring.mail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The Danish mail templates and the model values each one reads. {@link #id()} is what a {@link MailOrder}
 * names as its template; the file is {@code mail/<id>.mustache}.
 *
 * <p>Only a template that declares {@value #TASKLIST_URL} links Tasklist: one whose reader has a task there (a member
 * with a proposal or comment task, a secretariat with its task). A mail that links nowhere is better than one that
 * points to a screen where the reader finds nothing.
 *
 * <p>Every template also reads the {@link #COMMON_KEYS}. Keys declared with {@link ValueKind#OPTIONAL} may be
 * left out (or be null or blank); every other key must be there, or the mail is not sent.
 */
public enum MailTemplate {

    /**
     * S3: to the housing organisations with estates in an area and to the chosen forvaltninger's people: an
     * area-based styringsdialog meeting. {@code organisations}: one line per organisation with its estates there;
     * {@code forvaltninger}: their names. No Tasklist link: the invited have no task about it.
     */
    AREA_DIALOGUE_INVITATION("omraadedialog-invitation", Subject.OTHER,
            key("area", ValueKind.TEXT),
            key("year", ValueKind.TEXT),
            key("meetingText", ValueKind.TEXT),
            key("organisations", ValueKind.TEXT),
            key("forvaltninger", ValueKind.TEXT),
            key("invitationNote", ValueKind.OPTIONAL)),

    /** Indkaldelse; the caller attaches the invitation (.ics). */
    INVITATION("invitation",
            tasklist(),
            key("agendaDeadline", ValueKind.TEXT),
            key("proposalDeadline", ValueKind.OPTIONAL),
            key("extraordinaryReason", ValueKind.OPTIONAL)),

    /**
     * The meeting got a new time or place; meetingDate/meetingTime/location are the new ones. {@code proposalDeadline}
     * only while the members still have the task to propose items.
     */
    MEETING_MOVED("meeting-moved",
            tasklist(),
            key("proposalDeadline", ValueKind.OPTIONAL),
            key("oldMeetingDate", ValueKind.TEXT),
            key("oldMeetingTime", ValueKind.TEXT),
            key("oldLocation", ValueKind.TEXT),
            key("reason", ValueKind.TEXT)),

    MEETING_CANCELLED("meeting-cancelled",
            key("reason", ValueKind.TEXT)),

    /**
     * Dagsorden. {@code items}: a list of maps with {@code number}, {@code title}, {@code responsible}
     * (forvaltning code) and optional {@code description}; {@code published}: true when the agenda is also
     * published on the city's website (F4). No Tasklist link: members have no task about the agenda.
     */
    AGENDA("agenda",
            key("items", ValueKind.LIST),
            key("published", ValueKind.FLAG)),

    /** To the secretariat before a deadline. {@code what}: "dagsordenen", "referatet", …. */
    DEADLINE_REMINDER("deadline-reminder",
            tasklist(),
            key("what", ValueKind.TEXT),
            key("deadline", ValueKind.TEXT),
            key("taskName", ValueKind.TEXT)),

    /**
     * To the chairs when a deadline has passed ({@code asChair} true), and to the secretariat when a chair cannot be
     * reached ({@code asChair} false). The task is the secretariat's, so no Tasklist link.
     */
    DEADLINE_ESCALATION("deadline-escalation",
            key("what", ValueKind.TEXT),
            key("deadline", ValueKind.TEXT),
            key("taskName", ValueKind.TEXT),
            key("asChair", ValueKind.FLAG)),

    /**
     * Referat (F9). {@code present}, {@code absent}: lists of maps with {@code name} (the attendance as recorded);
     * {@code decisions}: a list of maps with {@code number}, {@code title}, {@code decision} and, for an item about an
     * agreement, {@code outcome} (Udfald); {@code commentDeadline}: until when members may submit bemærkninger.
     */
    MINUTES("minutes",
            tasklist(),
            key("minutesText", ValueKind.TEXT),
            key("present", ValueKind.LIST),
            key("absent", ValueKind.LIST),
            key("decisions", ValueKind.LIST),
            key("commentDeadline", ValueKind.TEXT)),

    /**
     * Endeligt referat (F9): the final text with the same attendance and decisions as {@link #MINUTES}.
     * {@code withComments}: true when comments were incorporated. No Tasklist link: nothing is left to do.
     */
    MINUTES_FINAL("minutes-final",
            key("minutesText", ValueKind.TEXT),
            key("withComments", ValueKind.FLAG),
            key("finalAt", ValueKind.TEXT),
            key("present", ValueKind.LIST),
            key("absent", ValueKind.LIST),
            key("decisions", ValueKind.LIST)),

    /** To the secretariat: a proposal came in after the proposal deadline and awaits their decision. */
    LATE_PROPOSAL("late-proposal",
            tasklist(),
            key("proposalTitle", ValueKind.TEXT),
            key("proposedBy", ValueKind.TEXT),
            key("submittedAt", ValueKind.TEXT),
            key("deadline", ValueKind.TEXT)),

    /** A2: to a body's secretariat (BR or BL) some working days before its approval of an agreement is due. */
    APPROVAL_REMINDER("approval-reminder", Subject.OTHER,
            tasklist(),
            key("agreementTitle", ValueKind.TEXT),
            key("bodyName", ValueKind.TEXT),
            key("deadline", ValueKind.TEXT),
            key("taskName", ValueKind.TEXT)),

    /** A2: to the forums' secretariat (TMF) when a body's approval is overdue; the task stays open. */
    APPROVAL_ESCALATION("approval-escalation", Subject.OTHER,
            tasklist(),
            key("agreementTitle", ValueKind.TEXT),
            key("bodyName", ValueKind.TEXT),
            key("deadline", ValueKind.TEXT),
            key("taskName", ValueKind.TEXT)),

    /**
     * A2: to a body's secretariat (BR or BL) when its decision is requested: the agreement as it stands (partial
     * {@code aftaletekst}: {@code themes}, {@code goals}, {@code body}, {@code documents}), the deadline and the task.
     */
    APPROVAL_REQUESTED("approval-requested", Subject.OTHER,
            tasklist(),
            key("agreementTitle", ValueKind.TEXT),
            key("bodyName", ValueKind.TEXT),
            key("deadline", ValueKind.TEXT),
            key("taskName", ValueKind.TEXT),
            key("version", ValueKind.TEXT),
            key("themes", ValueKind.OPTIONAL),
            key("goals", ValueKind.LIST),
            key("body", ValueKind.OPTIONAL),
            key("documents", ValueKind.LIST)),

    /**
     * A2: BR or BL did not approve; to the negotiating forum's members and the secretariat, with the reason.
     * {@code inForce}: the rejected version was an adjustment of an agreement in force, which stays as it is.
     */
    AGREEMENT_REJECTED("agreement-rejected", Subject.OTHER,
            key("agreementTitle", ValueKind.TEXT),
            key("version", ValueKind.TEXT),
            key("bodyName", ValueKind.TEXT),
            key("reason", ValueKind.TEXT),
            key("negotiatingForum", ValueKind.TEXT),
            key("inForce", ValueKind.FLAG)),

    /** A7: to both parties of an enkeltaftale (the forvaltning's and the organisation's group): agree in Tasklist. */
    ENKELTAFTALE_PROPOSED("enkeltaftale-proposed", Subject.OTHER,
            tasklist(),
            key("agreementTitle", ValueKind.TEXT),
            key("forvaltning", ValueKind.TEXT),
            key("organisationName", ValueKind.TEXT),
            key("estate", ValueKind.OPTIONAL),
            key("followUpDate", ValueKind.TEXT),
            key("taskName", ValueKind.TEXT),
            key("version", ValueKind.TEXT),
            key("themes", ValueKind.OPTIONAL),
            key("goals", ValueKind.LIST),
            key("body", ValueKind.OPTIONAL),
            key("documents", ValueKind.LIST)),

    /** A7: to both parties: both agreed, the enkeltaftale is in force until {@code validTo}, followed up then. */
    ENKELTAFTALE_AGREED("enkeltaftale-agreed", Subject.OTHER,
            key("agreementTitle", ValueKind.TEXT),
            key("forvaltning", ValueKind.TEXT),
            key("organisationName", ValueKind.TEXT),
            key("validTo", ValueKind.TEXT),
            key("followUpDate", ValueKind.TEXT)),

    /** A7: to both parties: one party ({@code declinedBy}) declined, with its {@code reason}. */
    ENKELTAFTALE_DECLINED("enkeltaftale-declined", Subject.OTHER,
            key("agreementTitle", ValueKind.TEXT),
            key("forvaltning", ValueKind.TEXT),
            key("organisationName", ValueKind.TEXT),
            key("declinedBy", ValueKind.TEXT),
            key("reason", ValueKind.TEXT)),

    /**
     * A5: to a housing organisation's contact address: accede to the hovedaftale by {@code answerBy}, answer in
     * Tasklist; the agreement's text is in the mail (partial {@code aftaletekst}).
     */
    ACCESSION_INVITATION("accession-invitation", Subject.OTHER,
            tasklist(),
            key("agreementTitle", ValueKind.TEXT),
            key("organisationName", ValueKind.TEXT),
            key("blMember", ValueKind.FLAG),
            key("answerBy", ValueKind.TEXT),
            key("version", ValueKind.TEXT),
            key("themes", ValueKind.OPTIONAL),
            key("goals", ValueKind.LIST),
            key("body", ValueKind.OPTIONAL),
            key("documents", ValueKind.LIST)),

    /** A5: the organisation has not answered yet; sent every reminder period until it answers. */
    ACCESSION_REMINDER("accession-reminder", Subject.OTHER,
            tasklist(),
            key("agreementTitle", ValueKind.TEXT),
            key("organisationName", ValueKind.TEXT),
            key("invitedOn", ValueKind.TEXT),
            key("reminderNumber", ValueKind.TEXT)),

    /** A2: the hovedaftale as negotiated in Partnerskabsforum, sent with the minutes to PSF's members. */
    HOVEDAFTALE_NEGOTIATED("hovedaftale-negotiated", Subject.OTHER,
            key("agreementTitle", ValueKind.TEXT),
            key("version", ValueKind.TEXT),
            key("themes", ValueKind.OPTIONAL),
            key("goals", ValueKind.LIST),
            key("body", ValueKind.OPTIONAL)),

    /** A3: the hovedaftale (or an adjustment) is approved by BR and BL, in force and published. */
    HOVEDAFTALE_ACTIVE("hovedaftale-active", Subject.OTHER,
            key("agreementTitle", ValueKind.TEXT),
            key("version", ValueKind.TEXT),
            key("validFrom", ValueKind.TEXT),
            key("validTo", ValueKind.TEXT),
            key("goals", ValueKind.LIST),
            key("adjustment", ValueKind.FLAG)),

    /** A4: the period ends soon and no successor is in force; to the secretariat. */
    HOVEDAFTALE_EXPIRY_WARNING("hovedaftale-expiry-warning", Subject.OTHER,
            tasklist(),
            key("agreementTitle", ValueKind.TEXT),
            key("validTo", ValueKind.TEXT),
            key("successorStatus", ValueKind.TEXT)),

    /** S1: to a housing organisation's contact address: book the year's styringsdialog meeting inside the window. */
    STYRINGSDIALOG_INVITATION("styringsdialog-invitation", Subject.OTHER,
            tasklist(),
            key("year", ValueKind.TEXT),
            key("organisationName", ValueKind.TEXT),
            key("window", ValueKind.TEXT),
            key("bookBy", ValueKind.TEXT),
            key("taskName", ValueKind.TEXT)),

    /** S1, S2: a styringsdialog deadline passed (the organisation's booking, TMF's report); to whoever has the task. */
    STYRINGSDIALOG_REMINDER("styringsdialog-reminder", Subject.OTHER,
            tasklist(),
            key("organisationName", ValueKind.TEXT),
            key("what", ValueKind.TEXT),
            key("deadline", ValueKind.TEXT),
            key("taskName", ValueKind.TEXT),
            key("reminderNumber", ValueKind.TEXT)),

    /** S1, S2: still not done some working days after the reminder; to TMF's secretariat. */
    STYRINGSDIALOG_ESCALATION("styringsdialog-escalation", Subject.OTHER,
            tasklist(),
            key("organisationName", ValueKind.TEXT),
            key("what", ValueKind.TEXT),
            key("deadline", ValueKind.TEXT),
            key("taskName", ValueKind.TEXT)),

    /**
     * S1: the styringsdialog meeting's agenda and participants, to the organisation and the forvaltninger taking
     * part. {@code participants}: maps with {@code name}; {@code items}: maps with {@code number}, {@code text},
     * {@code forvaltning}.
     */
    STYRINGSDIALOG_AGENDA("styringsdialog-agenda", Subject.OTHER,
            key("organisationName", ValueKind.TEXT),
            key("meetingText", ValueKind.TEXT),
            key("meetingLocation", ValueKind.TEXT),
            key("participants", ValueKind.LIST),
            key("items", ValueKind.LIST)),

    /**
     * A6: a delaftale (or a revision of one) is approved by BR and BL's 1. kreds, in force and published; to
     * Samarbejdsforum's members. The meeting values are those of the meeting where Samarbejdsforum agreed on it.
     * {@code goals}: a list of maps with {@code goal} and {@code successCriterion}; {@code revised}: true when the
     * version replaces one in force.
     */
    DELAFTALE_ACTIVE("delaftale-active",
            key("agreementTitle", ValueKind.TEXT),
            key("version", ValueKind.TEXT),
            key("revised", ValueKind.FLAG),
            key("leadForvaltning", ValueKind.TEXT),
            key("validFrom", ValueKind.TEXT),
            key("validTo", ValueKind.TEXT),
            key("goals", ValueKind.LIST));

    /** Values every template reads, all preformatted text: "Samarbejdsforum", "torsdag den 25. marts 2027", …. */
    public static final List<String> COMMON_KEYS = commonKeys();

    /** The Tasklist address, which {@link MailService} puts into every model; only some templates read it. */
    public static final String TASKLIST_URL = "tasklistUrl";

    /**
     * Set by {@link MailService} itself, never by callers: true when the order carries a calendar attachment,
     * so that a template mentions the invitation only when there is one.
     */
    public static final String CALENDAR_ATTACHED = "calendarAttached";

    /** What a mail is about: a meeting (all common keys) or anything else (the recipient's name only). */
    public enum Subject {
        MEETING, OTHER
    }

    /** What a model value must be. */
    public enum ValueKind {
        /** Preformatted text; must be present and not blank. */
        TEXT,
        /** Text that may be absent, null or blank; the template guards it with a section. */
        OPTIONAL,
        /** A {@link Boolean}, never a string ("false" would read as true). */
        FLAG,
        /** A list (possibly empty) of maps. */
        LIST
    }

    /** One model value a template reads. */
    public record ModelKey(String name, ValueKind kind) {
    }

    private final String id;
    private final List<ModelKey> keys;

    MailTemplate(String id, ModelKey... ownKeys) {
        this(id, Subject.MEETING, ownKeys);
    }

    /**
     * A template about something other than a meeting (an agreement, an approval, an accession) reads only
     * {@code recipientName} of the common keys.
     */
    MailTemplate(String id, Subject subject, ModelKey... ownKeys) {
        this.id = id;
        List<ModelKey> all = new ArrayList<>();
        // Enum constants are built before the enum's static fields, so this cannot read COMMON_KEYS.
        commonKeys().stream()
                .filter(name -> subject == Subject.MEETING || name.equals("recipientName"))
                .forEach(name -> all.add(new ModelKey(name, ValueKind.TEXT)));
        all.addAll(Arrays.asList(ownKeys));
        this.keys = Collections.unmodifiableList(all);
    }

    private static List<String> commonKeys() {
        return List.of("forumName", "meetingDate", "meetingTime", "location", "recipientName");
    }

    /** Whether the template links Tasklist (see the class comment). */
    public boolean linksTasklist() {
        return keys.stream().anyMatch(k -> k.name().equals(TASKLIST_URL));
    }

    // a method, not the constant: enum constants are built before the enum's static fields
    private static ModelKey tasklist() {
        return new ModelKey("tasklistUrl", ValueKind.TEXT);
    }

    public String id() {
        return id;
    }

    /** Every key the template reads, the common ones first. */
    public List<ModelKey> keys() {
        return keys;
    }

    public List<String> requiredKeys() {
        return keys.stream().filter(k -> k.kind() != ValueKind.OPTIONAL).map(ModelKey::name).toList();
    }

    public List<String> optionalKeys() {
        return keys.stream().filter(k -> k.kind() == ValueKind.OPTIONAL).map(ModelKey::name).toList();
    }

    public static MailTemplate byId(String id) {
        for (MailTemplate template : values()) {
            if (template.id.equals(id)) {
                return template;
            }
        }
        throw new IllegalArgumentException("Ukendt mailskabelon: '" + id + "'");
    }

    private static ModelKey key(String name, ValueKind kind) {
        return new ModelKey(name, kind);
    }
}
