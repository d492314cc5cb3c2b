package dk.kk.almenstyring.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.common.CurrentUser;
import dk.kk.almenstyring.common.NotFoundException;
import dk.kk.almenstyring.dialogue.DialogueRecord;
import dk.kk.almenstyring.dialogue.DialogueRegister;
import dk.kk.almenstyring.dialogue.GoalAssessment;
import dk.kk.almenstyring.dialogue.RoundCounts;
import dk.kk.almenstyring.dialogue.StyringsdialogProcess;
import dk.kk.almenstyring.housing.HousingOrganisation;
import dk.kk.almenstyring.identity.MemberDirectory;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A year's styringsdialog round, read-only (S1, S2): how many dialogues are invited, booked, held and reported, and
 * where each organisation stands. TMF's secretariat and the forvaltninger read the whole round; a housing
 * organisation reads its own dialogue only.
 */
@RestController
@RequestMapping("/api/styringsdialog")
public class StyringsdialogApi {

    private final DialogueRegister register;
    private final RoundCounts counts;
    private final MemberDirectory directory;
    private final CurrentUser currentUser;

    public StyringsdialogApi(DialogueRegister register, RoundCounts counts, MemberDirectory directory,
            CurrentUser currentUser) {
        this.register = register;
        this.counts = counts;
        this.directory = directory;
        this.currentUser = currentUser;
    }

    @GetMapping("/{year}")
    public Map<String, Object> round(@PathVariable int year) {
        if (!register.roundExists(year)) {
            throw new NotFoundException("Der er ingen styringsdialog for " + year + ".");
        }
        boolean wholeRound = readsWholeRound();
        List<Map<String, Object>> dialogues = new ArrayList<>();
        for (DialogueRecord d : register.ofYear(year)) {
            if (wholeRound || directory.isMemberOfAny(currentUser.id(), List.of(HousingOrganisation.groupId(d.organisationCode())))) {
                dialogues.add(json(d));
            }
        }
        if (!wholeRound && dialogues.isEmpty()) {
            throw new AuthorizationException(currentUser.id() + " kan ikke læse styringsdialogen " + year
                    + ": den kan læses af sekretariatet, forvaltningerne og de deltagende boligorganisationer (hver sin).");
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("year", year);
        if (wholeRound) {
            view.put("counts", counts.of(year));
            view.put("summary", register.roundSummary(year).orElse(null));
        }
        view.put("dialogues", dialogues);
        return view;
    }

    private boolean readsWholeRound() {
        List<String> groups = new ArrayList<>(StyringsdialogProcess.FORVALTNING_GROUPS);
        groups.add(StyringsdialogProcess.SECRETARIAT_GROUP);
        groups.add(Groups.CAMUNDA_ADMIN);
        return directory.isMemberOfAny(currentUser.id(), groups);
    }

    private Map<String, Object> json(DialogueRecord d) {
        List<GoalAssessment> goals = register.assessments(d.id());
        long onTrack = goals.stream().filter(GoalAssessment::onTrack).count();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("organisationCode", d.organisationCode());
        json.put("organisationName", d.organisationName());
        json.put("status", d.status());
        json.put("meetingAt", d.meetingAt());
        json.put("meetingLocation", d.meetingLocation());
        json.put("heldAt", d.heldAt());
        json.put("reportedAt", d.reportedAt());
        json.put("goalsOnTrack", onTrack);
        json.put("goalsNotOnTrack", goals.size() - onTrack);
        json.put("enkeltaftaler", register.enkeltaftaleInstances(d.id()).size());
        return json;
    }
}
