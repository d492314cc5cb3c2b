package dk.kk.almenstyring.evaluation;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import dk.kk.almenstyring.agenda.AgendaRequests;
import dk.kk.almenstyring.charter.ForumCharters;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.meeting.AgendaItem;
import dk.kk.almenstyring.meeting.Meeting;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Component;

/**
 * Decisions that travel on from the forum that took them. F11: Borgmesterforum's agenda is set from the discussions
 * in TKS and SF, so a decision either marks in its minutes becomes an item of BMF's next agenda. A6: SF drafts
 * proposals to PSF for adjusting the hovedaftale, so an SF decision so marked becomes an item of PSF's next agenda.
 * Each item names where it comes from and keeps the responsible forvaltning of the item decided.
 */
@Component
public class LiftedDecisions {

    /** Minutes form, per decision: lift to Borgmesterforum (F11). */
    public static final String LIFT_TO_BMF = "liftToBmf";
    /** Minutes form, per decision: proposal to Partnerskabsforum for adjusting the hovedaftale (A6). */
    public static final String PROPOSE_TO_PSF = "proposeToPsf";
    /** Set by the product per decision: whether the forum's decisions may carry the mark. */
    public static final String CAN_LIFT_TO_BMF = "canLiftToBmf";
    public static final String CAN_PROPOSE_TO_PSF = "canProposeToPsf";

    private static final List<String> LIFTED_TO_BMF_FROM = List.of("TKS", "SF");
    private static final List<String> PROPOSED_TO_PSF_FROM = List.of("SF");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da"));

    private final AgendaRequests requests;
    private final ForumCharters charters;

    public LiftedDecisions(AgendaRequests requests, ForumCharters charters) {
        this.requests = requests;
        this.charters = charters;
    }

    public boolean canLiftToBmf(String forumKey) {
        return LIFTED_TO_BMF_FROM.contains(forumKey);
    }

    public boolean canProposeToPsf(String forumKey) {
        return PROPOSED_TO_PSF_FROM.contains(forumKey);
    }

    /**
     * Puts the decision on the agendas its marks ask for, once per decided item; a mark the forum may not set is
     * refused in Danish (the minutes are then not recorded).
     */
    public void carryOn(Meeting meeting, AgendaItem item, String decision, Object liftToBmf, Object proposeToPsf) {
        if (Boolean.TRUE.equals(liftToBmf)) {
            if (!canLiftToBmf(meeting.forumKey())) {
                throw new BadUserRequestException("Punkt " + item.position() + " (" + item.title() + "): kun beslutninger i "
                        + "Den Tværkommunale Styregruppe og Samarbejdsforum kan løftes til Borgmesterforum.");
            }
            put(meeting, item, decision, "BMF");
        }
        if (Boolean.TRUE.equals(proposeToPsf)) {
            if (!canProposeToPsf(meeting.forumKey())) {
                throw new BadUserRequestException("Punkt " + item.position() + " (" + item.title() + "): kun Samarbejdsforum "
                        + "stiller forslag til justering af hovedaftalen til Partnerskabsforum.");
            }
            put(meeting, item, decision, "PSF");
        }
    }

    private void put(Meeting meeting, AgendaItem item, String decision, String toForum) {
        String from = "Fra " + charters.get(meeting.forumKey()).name() + " "
                + DAY.format(meeting.startsAt().atZone(DanishText.COPENHAGEN));
        String description = from + " (punkt " + item.position() + "), beslutning: " + decision
                + (item.description() == null || item.description().isBlank() ? "" : "\n\n" + item.description());
        requests.requestOnce(origin(item.id(), toForum), toForum, EvaluationTexts.cut(from + ": " + item.title(), 500),
                EvaluationTexts.cut(description, EvaluationTexts.DESCRIPTION_LIMIT), item.responsible());
    }

    static String origin(long itemId, String toForum) {
        return "beslutning:" + itemId + ":" + toForum;
    }
}
