package dk.kk.almenstyring.mail;

public record Attachment(String filename, String contentType, byte[] content) {
}
