package dk.kk.almenstyring.housing;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The register of housing organisations and their estates. */
@Repository
public class HousingRegister {

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
        jdbc.sql("insert into estate (organisation_id, number, name) values (:org, :number, :name)")
                .param("org", organisationId).param("number", number).param("name", name).update();
    }
}
