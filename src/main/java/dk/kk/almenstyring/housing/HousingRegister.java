package dk.kk.almenstyring.housing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The register of housing organisations and their estates. */
@Repository
public class HousingRegister {

    private static final String ESTATE_PROFILES = """
            select e.*, o.code as organisation_code, o.name as organisation_name
            from estate e join housing_organisation o on o.id = e.organisation_id""";

    private final JdbcClient jdbc;

    public HousingRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<HousingOrganisation> all() {
        return jdbc.sql("select id from housing_organisation order by name").query(Long.class).list().stream()
                .map(this::get).toList();
    }

    public Optional<HousingOrganisation> byCode(String code) {
        return jdbc.sql("select id from housing_organisation where upper(code) = upper(:code)").param("code", code == null ? "" : code.trim())
                .query(Long.class).optional().map(this::get);
    }

    /** The organisation with that code; an unknown code is the caller's mistake (400). */
    public HousingOrganisation require(String code) {
        return byCode(code).orElseThrow(() -> new BadUserRequestException("Ukendt boligorganisation: '" + code + "'."));
    }

    public HousingOrganisation get(long id) {
        List<HousingOrganisation.Estate> estates = jdbc.sql("select * from estate where organisation_id = :id order by number")
                .param("id", id).query((rs, n) -> new HousingOrganisation.Estate(rs.getLong("id"), rs.getString("number"),
                        rs.getString("name"))).list();
        return jdbc.sql("select * from housing_organisation where id = :id").param("id", id)
                .query((rs, n) -> new HousingOrganisation(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getBoolean("bl_member"), rs.getString("contact_email"), rs.getString("administrator"),
                        rs.getBoolean("demo"), estates))
                .optional().orElseThrow(() -> new BadUserRequestException("Boligorganisation " + id + " findes ikke."));
    }

    public long add(String code, String name, boolean blMember, String contactEmail, String administrator, boolean demo) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into housing_organisation (code, name, bl_member, contact_email, administrator, demo)
                values (:code, :name, :bl, :email, :admin, :demo)""")
                .param("code", code).param("name", name).param("bl", blMember).param("email", contactEmail)
                .param("admin", administrator).param("demo", demo).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void addEstate(long organisationId, String number, String name) {
        addEstate(organisationId, number, name, EstateAttributes.UNKNOWN);
    }

    public void addEstate(long organisationId, String number, String name, EstateAttributes attributes) {
        jdbc.sql("""
                insert into estate (organisation_id, number, name, district, dwellings, in_effort_area,
                    expected_reserve_per_m2, helhedsplan, last_supervision_year)
                values (:org, :number, :name, :district, :dwellings, :effort, :reserve, :helhedsplan, :lastYear)""")
                .param("org", organisationId).param("number", number).param("name", name)
                .params(attributeParams(attributes)).update();
    }

    /** Replaces what the register knows of the estate beyond its number and name. */
    public void updateEstateAttributes(long estateId, EstateAttributes attributes) {
        jdbc.sql("""
                update estate set district = :district, dwellings = :dwellings, in_effort_area = :effort,
                    expected_reserve_per_m2 = :reserve, helhedsplan = :helhedsplan, last_supervision_year = :lastYear
                where id = :id""").param("id", estateId).params(attributeParams(attributes)).update();
    }

    /** Every estate with its organisation and attributes, by organisation code and estate number. */
    public List<EstateProfile> estateProfiles() {
        return jdbc.sql(ESTATE_PROFILES + " order by o.code, e.number").query(HousingRegister::estateProfile).list();
    }

    public List<EstateProfile> estateProfiles(String organisationCode) {
        return jdbc.sql(ESTATE_PROFILES + " where upper(o.code) = upper(:code) order by e.number")
                .param("code", organisationCode == null ? "" : organisationCode.trim())
                .query(HousingRegister::estateProfile).list();
    }

    /** The districts (bydele) that hold registered estates: the areas an area-based dialogue can be held in. */
    public List<String> districts() {
        return jdbc.sql("select distinct district from estate where district is not null order by district")
                .query(String.class).list();
    }

    private static EstateProfile estateProfile(ResultSet rs, int row) throws SQLException {
        return new EstateProfile(rs.getLong("id"), rs.getString("organisation_code"), rs.getString("organisation_name"),
                rs.getString("number"), rs.getString("name"), new EstateAttributes(rs.getString("district"),
                        rs.getObject("dwellings", Integer.class), rs.getBoolean("in_effort_area"),
                        rs.getBigDecimal("expected_reserve_per_m2"), rs.getBoolean("helhedsplan"),
                        rs.getObject("last_supervision_year", Integer.class)));
    }

    private static Map<String, Object> attributeParams(EstateAttributes a) {
        Map<String, Object> params = new HashMap<>();
        params.put("district", a.district());
        params.put("dwellings", a.dwellings());
        params.put("effort", a.inEffortArea());
        params.put("reserve", a.expectedReservePerM2());
        params.put("helhedsplan", a.helhedsplan());
        params.put("lastYear", a.lastSupervisionYear());
        return params;
    }
}
