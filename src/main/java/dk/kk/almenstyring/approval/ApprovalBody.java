package dk.kk.almenstyring.approval;

import java.util.Locale;

import org.camunda.bpm.engine.BadUserRequestException;

/** The two bodies that approve a hovedaftale or a delaftale (A2), with their secretariats' groups. */
public enum ApprovalBody {
    BR("Borgerrepræsentationen", AgreementApprovalProcess.BR_GROUP),
    BL("BL's 1. kreds", AgreementApprovalProcess.BL_GROUP);

    private final String displayName;
    private final String groupId;

    ApprovalBody(String displayName, String groupId) {
        this.displayName = displayName;
        this.groupId = groupId;
    }

    public String displayName() {
        return displayName;
    }

    public String groupId() {
        return groupId;
    }

    public static ApprovalBody of(Object code) {
        try {
            return valueOf(String.valueOf(code).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadUserRequestException("Ukendt godkendende part: '" + code + "'.", e);
        }
    }
}
