package dk.kk.almenstyring.evaluation;

import java.util.List;

import dk.kk.almenstyring.agreement.Agreement;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.agreement.AgreementVersion;
import org.springframework.stereotype.Component;

/** The goals and success criteria an evaluation judges: those of the hovedaftale's version in force (A8). */
@Component
public class EvaluatedGoals {

    private final AgreementRegister register;

    public EvaluatedGoals(AgreementRegister register) {
        this.register = register;
    }

    public List<AgreementVersion.Goal> of(Long hovedaftaleId, Integer version) {
        if (hovedaftaleId == null || version == null) {
            return List.of();
        }
        return register.versions(hovedaftaleId).stream().filter(v -> v.version() == version).findFirst()
                .map(AgreementVersion::goals).orElse(List.of());
    }

    /** "Hovedaftale 2027–2031, version 2", or that none is in force. */
    public String title(Long hovedaftaleId, Integer version) {
        if (hovedaftaleId == null) {
            return "Der er ingen hovedaftale i kraft; evalueringen omfatter kun styringsdialogerne.";
        }
        Agreement agreement = register.get(hovedaftaleId);
        return agreement.title() + ", version " + version;
    }
}
