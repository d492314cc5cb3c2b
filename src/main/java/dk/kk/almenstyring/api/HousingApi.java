package dk.kk.almenstyring.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.kk.almenstyring.housing.EstateAttributes;
import dk.kk.almenstyring.housing.EstateProfile;
import dk.kk.almenstyring.housing.HousingOrganisation;
import dk.kk.almenstyring.housing.HousingRegister;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only: the housing organisations with their estates and BL membership (authenticated by the /api/* filter).
 * Each estate carries the attributes the extended supervision selects by and the district an area dialogue places it
 * in (null where unknown); an organisation marked {@code demo} holds demo data, its estates' attributes included.
 */
@RestController
@RequestMapping("/api")
public class HousingApi {

    private final HousingRegister register;

    public HousingApi(HousingRegister register) {
        this.register = register;
    }

    @GetMapping("/housing-organisations")
    public List<Map<String, Object>> organisations() {
        Map<Long, EstateAttributes> attributes = register.estateProfiles().stream()
                .collect(Collectors.toMap(EstateProfile::id, EstateProfile::attributes));
        return register.all().stream().map(o -> json(o, attributes)).toList();
    }

    static Map<String, Object> json(HousingOrganisation o, Map<Long, EstateAttributes> attributes) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", o.code());
        json.put("name", o.name());
        json.put("blMember", o.blMember());
        json.put("contactEmail", o.contactEmail());
        json.put("administrator", o.administrator());
        json.put("group", o.groupId());
        json.put("demo", o.demo());
        json.put("estates", o.estates().stream()
                .map(e -> estate(e, attributes.getOrDefault(e.id(), EstateAttributes.UNKNOWN))).toList());
        return json;
    }

    private static Map<String, Object> estate(HousingOrganisation.Estate estate, EstateAttributes a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", estate.number());
        json.put("name", estate.name());
        json.put("district", a.district());
        json.put("dwellings", a.dwellings());
        json.put("inEffortArea", a.inEffortArea());
        json.put("expectedReservePerM2", a.expectedReservePerM2());
        json.put("helhedsplan", a.helhedsplan());
        json.put("lastSupervisionYear", a.lastSupervisionYear());
        return json;
    }
}
