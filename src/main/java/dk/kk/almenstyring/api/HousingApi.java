package dk.kk.almenstyring.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.housing.HousingOrganisation;
import dk.kk.almenstyring.housing.HousingRegister;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read-only: the housing organisations with their estates and BL membership (authenticated by the /api/* filter). */
@RestController
@RequestMapping("/api")
public class HousingApi {

    private final HousingRegister register;

    public HousingApi(HousingRegister register) {
        this.register = register;
    }

    @GetMapping("/housing-organisations")
    public List<Map<String, Object>> organisations() {
        return register.all().stream().map(HousingApi::json).toList();
    }

    static Map<String, Object> json(HousingOrganisation o) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", o.code());
        json.put("name", o.name());
        json.put("blMember", o.blMember());
        json.put("contactEmail", o.contactEmail());
        json.put("administrator", o.administrator());
        json.put("group", o.groupId());
        json.put("demo", o.demo());
        json.put("estates", o.estates().stream()
                .map(e -> Map.<String, Object>of("number", e.number(), "name", e.name())).toList());
        return json;
    }
}
