package dk.kk.almenstyring.housing;

/** An estate with its organisation and its attributes, as the supervision and the area dialogues read it. */
public record EstateProfile(long id, String organisationCode, String organisationName, String number, String name,
        EstateAttributes attributes) {
}
