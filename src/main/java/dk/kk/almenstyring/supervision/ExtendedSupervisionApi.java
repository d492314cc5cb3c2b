package dk.kk.almenstyring.supervision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dk.kk.almenstyring.common.CurrentUser;
import dk.kk.almenstyring.common.FormValues;
import dk.kk.almenstyring.common.NotFoundException;
import dk.kk.almenstyring.housing.HousingOrganisation;
import dk.kk.almenstyring.housing.HousingRegister;
import dk.kk.almenstyring.identity.MemberDirectory;
import dk.kk.almenstyring.supervision.SupervisionList.SupervisedEstate;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A year's extended supervision list with its reasons and who added what (S6). The secretariat, the forvaltninger
 * and the administrator read the whole list; a housing organisation its own estates on it; nobody else. Estates an
 * organisation brings in at its meeting are added by the secretariat or by the organisation itself.
 */
@RestController
@RequestMapping("/api/udvidet-tilsyn")
public class ExtendedSupervisionApi {

    static final String SECRETARIAT_GROUP = "sekretariat";

    private final ExtendedSupervision supervision;
    private final HousingRegister housing;
    private final MemberDirectory directory;
    private final CurrentUser currentUser;

    public ExtendedSupervisionApi(ExtendedSupervision supervision, HousingRegister housing, MemberDirectory directory,
            CurrentUser currentUser) {
        this.supervision = supervision;
        this.housing = housing;
        this.directory = directory;
        this.currentUser = currentUser;
    }

    @GetMapping("/{year}")
    public Map<String, Object> list(@PathVariable int year) {
        String user = currentUser.id();
        SupervisionList list = supervision.listFor(year);
        if (!list.selected() && list.estates().isEmpty()) {
            throw new NotFoundException("Der er endnu ingen liste over udvidet tilsyn for " + year + ".");
        }
        if (readsAll(user)) {
            return json(list);
        }
        Set<String> own = housing.all().stream().filter(o -> directory.isMemberOfAny(user, List.of(o.groupId())))
                .map(HousingOrganisation::code).collect(Collectors.toSet());
        if (own.isEmpty()) {
            throw new AuthorizationException("Listen over udvidet tilsyn kan kun ses af sekretariatet, forvaltningerne"
                    + " og boligorganisationerne (hver sine egne afdelinger).");
        }
        return json(list.only(e -> own.contains(e.organisationCode())));
    }

    /** What an organisation brings in at its styringsdialog meeting (S6). */
    public record AddRequest(String organisationCode, List<String> estateNumbers, String reason) {
    }

    /**
     * Estates an organisation brings onto the year's list at its meeting, recorded by the secretariat or by the
     * organisation itself (only its own); answers with the organisation's estates on the list.
     */
    @PostMapping("/{year}/afdelinger")
    public Map<String, Object> add(@PathVariable int year, @RequestBody AddRequest request) {
        String user = currentUser.id();
        String code = FormValues.text(request.organisationCode());
        if (code == null) {
            throw new BadUserRequestException("Angiv boligorganisationen (kode, fx KAB).");
        }
        HousingOrganisation organisation = housing.require(code);
        if (!directory.isMemberOfAny(user, List.of(SECRETARIAT_GROUP, Groups.CAMUNDA_ADMIN, organisation.groupId()))) {
            throw new AuthorizationException("Afdelinger bringes ind i det udvidede tilsyn af sekretariatet eller af"
                    + " boligorganisationen selv, for sine egne afdelinger; " + user + " kan ikke gøre det for "
                    + organisation.name() + ".");
        }
        supervision.addAtMeeting(year, organisation.code(), request.estateNumbers(), request.reason(), user);
        return json(supervision.listFor(year).only(e -> organisation.code().equals(e.organisationCode())));
    }

    private boolean readsAll(String user) {
        return CurrentUser.SYSTEM.equals(user)
                || directory.isMemberOfAny(user, List.of(SECRETARIAT_GROUP, Groups.CAMUNDA_ADMIN))
                || directory.forvaltningOf(user).isPresent();
    }

    private static Map<String, Object> json(SupervisionList list) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("year", list.year());
        json.put("selected", list.selected());
        json.put("target", list.target());
        json.put("candidates", list.candidates());
        json.put("selectedAt", list.selectedAt());
        json.put("selectedBy", list.selectedBy());
        json.put("estates", list.estates().stream().map(ExtendedSupervisionApi::json).toList());
        return json;
    }

    private static Map<String, Object> json(SupervisedEstate estate) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("organisationCode", estate.organisationCode());
        json.put("organisationName", estate.organisationName());
        json.put("number", estate.number());
        json.put("name", estate.name());
        json.put("district", estate.district());
        json.put("selectedByRule", estate.selectedByRule());
        json.put("reasons", estate.reasons().stream().map(r -> {
            Map<String, Object> reason = new LinkedHashMap<>();
            reason.put("reason", r.reason());
            reason.put("source", r.source().name());
            reason.put("sourceText", r.source().text());
            reason.put("addedBy", r.addedBy());
            reason.put("addedAt", r.addedAt());
            return reason;
        }).toList());
        return json;
    }
}
