package dk.kk.almenstyring.housing;

import java.math.BigDecimal;

/**
 * What the register knows of an estate (afdeling) beyond its number and name: what the extended supervision (S6)
 * selects by, and the district (bydel) that places it in an area-based dialogue (S3). Null is unknown.
 *
 * @param district the bydel, e.g. "Nørrebro"
 * @param dwellings the number of dwellings
 * @param inEffortArea lies in an area of effort (indsatsområde, udsat boligområde)
 * @param expectedReservePerM2 the expected reserves (henlæggelser), kr. per m² a year
 * @param helhedsplan part of a boligsocial helhedsplan
 * @param lastSupervisionYear the last year of an extended supervision before the product kept the lists
 */
public record EstateAttributes(String district, Integer dwellings, boolean inEffortArea, BigDecimal expectedReservePerM2,
        boolean helhedsplan, Integer lastSupervisionYear) {

    /** An estate registered without attributes: no rule selects it and it lies in no area. */
    public static final EstateAttributes UNKNOWN = new EstateAttributes(null, null, false, null, false, null);
}
