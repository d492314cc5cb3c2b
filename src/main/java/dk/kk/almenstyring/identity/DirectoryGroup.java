package dk.kk.almenstyring.identity;

/** A group of the product, as listed in {@code groups.yml}. */
public record DirectoryGroup(String id, String name, String type) {
}
