package dk.kk.almenstyring.dialogue;

/** S2: whether the organisation is on track against one goal of an agreement in force, with TMF's comment. */
public record GoalAssessment(long agreementId, int goalIndex, String goal, boolean onTrack, String comment) {
}
