package dk.kk.almenstyring.supervision.area;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dk.kk.almenstyring.common.CurrentUser;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.common.FormValues;
import dk.kk.almenstyring.common.JsonVariables;
import dk.kk.almenstyring.forvaltning.Forvaltning;
import dk.kk.almenstyring.supervision.area.AreaDialogueProcess.Var;
import dk.kk.almenstyring.supervision.area.AreaDialogueRegister.Participant;
import dk.kk.almenstyring.supervision.area.AreaDialogueRegister.ParticipantKind;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Runs in the transaction of the planning form: the meeting is on a real date in the dialogue's year and not in the
 * past, at a time and a place, with at least one forvaltning. It records the meeting and whom it invites (the
 * organisations with estates in the area and the chosen forvaltninger); anything else is refused and nothing is
 * recorded. The report is due when the meeting has ended ({@link #MEETING_LENGTH} after it begins).
 */
@Component("recordAreaMeetingPlan")
public class RecordAreaMeetingPlanDelegate implements JavaDelegate {

    static final Duration MEETING_LENGTH = Duration.ofHours(2);
    static final int MAX_LOCATION = 200;
    static final int MAX_NOTE = 2000;

    private final AreaDialogueRegister register;
    private final AreaStakeholders stakeholders;
    private final CurrentUser currentUser;

    public RecordAreaMeetingPlanDelegate(AreaDialogueRegister register, AreaStakeholders stakeholders,
            CurrentUser currentUser) {
        this.register = register;
        this.stakeholders = stakeholders;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(Var.AREA_DIALOGUE_ID)).longValue();
        AreaDialogueRegister.AreaDialogue dialogue = register.get(id);
        LocalDate day = FormValues.date(execution.getVariable(Var.MEETING_DATE), "Mødedatoen");
        if (day == null) {
            throw new BadUserRequestException("Skriv mødedatoen. " + FormValues.DATE_HINT);
        }
        if (day.getYear() != dialogue.year()) {
            throw new BadUserRequestException("Mødet skal holdes i " + dialogue.year() + ", det år dialogmøderne gælder ("
                    + DanishText.date(day) + " er i " + day.getYear() + ").");
        }
        LocalTime time = FormValues.time(execution.getVariable(Var.MEETING_TIME), "Mødetidspunktet");
        if (time == null) {
            throw new BadUserRequestException("Skriv, hvornår mødet begynder. " + FormValues.TIME_HINT);
        }
        Instant meetingAt = day.atTime(time).atZone(DanishText.COPENHAGEN).toInstant();
        if (meetingAt.isBefore(EngineClock.now())) {
            throw new BadUserRequestException("Mødet kan ikke holdes " + DanishText.dateTime(meetingAt)
                    + ": tidspunktet er allerede passeret.");
        }
        String location = FormValues.text(execution.getVariable(Var.MEETING_LOCATION));
        if (location == null) {
            throw new BadUserRequestException("Skriv, hvor mødet holdes.");
        }
        if (location.length() > MAX_LOCATION) {
            throw new BadUserRequestException("Mødestedet er for langt (højst " + MAX_LOCATION + " tegn).");
        }
        String note = FormValues.text(execution.getVariable(Var.INVITATION_NOTE));
        if (note != null && note.length() > MAX_NOTE) {
            throw new BadUserRequestException("Teksten til indbydelsen er for lang (højst " + MAX_NOTE + " tegn).");
        }
        List<Forvaltning> forvaltninger = forvaltninger(execution.getVariable(Var.FORVALTNINGER));

        List<Participant> participants = new ArrayList<>();
        stakeholders.estatesByOrganisation(dialogue.area()).keySet()
                .forEach(code -> participants.add(new Participant(ParticipantKind.ORGANISATION, code)));
        forvaltninger.forEach(f -> participants.add(new Participant(ParticipantKind.FORVALTNING, f.code())));
        register.plan(id, meetingAt, location, currentUser.id(), participants);

        execution.setVariable(Var.MEETING_TEXT, DanishText.dateTime(meetingAt) + ", " + location);
        execution.setVariable(Var.PARTICIPANTS_TEXT, participantsText(dialogue.area(), forvaltninger));
        execution.setVariable(Var.MEETING_ENDS_AT, Date.from(meetingAt.plus(MEETING_LENGTH)));
    }

    private static List<Forvaltning> forvaltninger(Object raw) {
        Set<Forvaltning> chosen = new LinkedHashSet<>();
        for (String code : JsonVariables.strings(raw)) {
            chosen.add(Forvaltning.byCode(code).orElseThrow(() -> new BadUserRequestException("Ukendt forvaltning: '"
                    + code + "'. Kendte: " + Forvaltning.knownCodes() + ".")));
        }
        if (chosen.isEmpty()) {
            throw new BadUserRequestException("Vælg mindst én forvaltning, der deltager i mødet.");
        }
        return List.copyOf(chosen);
    }

    private String participantsText(String area, List<Forvaltning> forvaltninger) {
        return stakeholders.text(area) + "\n"
                + forvaltninger.stream().map(Forvaltning::danishName).collect(Collectors.joining(", "));
    }
}
