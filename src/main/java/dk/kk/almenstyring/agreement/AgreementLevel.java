package dk.kk.almenstyring.agreement;

/** The cascade: level 1 hovedaftale (BR and BL's 1. kreds), level 2 delaftale, level 3 enkeltaftale. */
public enum AgreementLevel {
    HOVEDAFTALE, DELAFTALE, ENKELTAFTALE
}
