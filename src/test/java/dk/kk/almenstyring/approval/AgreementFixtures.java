package dk.kk.almenstyring.approval;

import java.util.List;
import java.util.UUID;

import dk.kk.almenstyring.agreement.AgreementContent;
import dk.kk.almenstyring.agreement.AgreementLevel;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.agreement.AgreementStatus;
import dk.kk.almenstyring.agreement.AgreementVersion;
import dk.kk.almenstyring.agreement.NewAgreement;

/**
 * Agreements for the approval and accession tests. The owner is a made-up process instance id: the register only
 * compares it with the id the process under test passes on.
 */
public final class AgreementFixtures {

    private AgreementFixtures() {
    }

    public record Owned(long id, String owner) {
    }

    public static Owned hovedaftale(AgreementRegister register, String title) {
        String owner = "test-owner-" + UUID.randomUUID();
        // the tests' today is 4 January 2027: a period that has begun, as for an agreement in force
        long id = register.create(new NewAgreement(AgreementLevel.HOVEDAFTALE, title, null, null,
                java.time.LocalDate.of(2027, 1, 1), java.time.LocalDate.of(2030, 12, 31), null, null,
                null, null, null, new AgreementContent("Udlejning; tryghed",
                        List.of(new AgreementVersion.Goal("Kortere venteliste", "Ventelisten under 2 år i 2030")),
                        "Aftaletekst", List.of(new AgreementVersion.Document("Baggrundsnotat", "2027-0012345")))),
                owner, "sekretaer");
        return new Owned(id, owner);
    }

    /** A hovedaftale in force, as the hovedaftale process leaves it after approval. */
    public static Owned activeHovedaftale(AgreementRegister register, String title) {
        Owned a = hovedaftale(register, title);
        for (AgreementStatus to : List.of(AgreementStatus.NEGOTIATED, AgreementStatus.APPROVED, AgreementStatus.ACTIVE)) {
            register.transition(a.id(), to, "test", a.owner(), "sekretaer");
        }
        return a;
    }
}
