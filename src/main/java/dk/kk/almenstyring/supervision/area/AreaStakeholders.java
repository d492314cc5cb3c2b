package dk.kk.almenstyring.supervision.area;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.kk.almenstyring.housing.EstateProfile;
import dk.kk.almenstyring.housing.HousingRegister;
import org.springframework.stereotype.Component;

/** The housing organisations an area-based dialogue is held with: those with registered estates in the area (S3). */
@Component
public class AreaStakeholders {

    private final HousingRegister housing;

    public AreaStakeholders(HousingRegister housing) {
        this.housing = housing;
    }

    /** The estates in the area by organisation code, the organisations in code order. */
    public Map<String, List<EstateProfile>> estatesByOrganisation(String area) {
        return housing.estateProfiles().stream()
                .filter(e -> area.equalsIgnoreCase(e.attributes().district()))
                .collect(Collectors.groupingBy(EstateProfile::organisationCode, LinkedHashMap::new, Collectors.toList()));
    }

    /** "KAB: KAB-104 Fiktivparken, KAB-112 Pilothusene", one line per organisation. */
    public String text(String area) {
        return estatesByOrganisation(area).values().stream()
                .map(estates -> estates.get(0).organisationName() + ": " + estates.stream()
                        .map(e -> e.number() + " " + e.name()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
