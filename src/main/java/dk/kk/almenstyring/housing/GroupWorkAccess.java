package dk.kk.almenstyring.housing;

/**
 * What an organisation's group needs to work in Tasklist (the application, the shared filters). Defined here and
 * granted by the security package, so that the register of organisations does not depend on how grants are made.
 */
public interface GroupWorkAccess {

    /** Grants the group Tasklist work; idempotent, never narrows what an administrator granted. */
    void grantTasklistWork(String groupId);
}
