package dev.attest.platform;

import jakarta.ws.rs.core.MediaType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * A request body as sent: its bytes and its {@code Content-Type} (null when the request had none).
 * {@link #text()} decodes it by the charset the client declared, as HTTP asks, else as UTF-8
 * (JSON's encoding, RFC 8259), refusing bytes that are not valid in that charset rather than
 * storing replacement characters; a leading byte-order mark is dropped. Read by {@link
 * RequestBodyReader}.
 */
public record RequestBody(byte[] bytes, MediaType type) {
  private static final char BOM = '\uFEFF';

  /**
   * The charset named by the {@code charset} parameter of the Content-Type, or null when there is
   * none; a 415 problem when Java knows no charset of that name.
   */
  public Charset declaredCharset() {
    String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(name.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new ProblemException(
          Problem.of(
              415,
              "unsupported-charset",
              "Unknown charset",
              "charset="
                  + name
                  + " is not a charset attest knows. Send UTF-8 (charset=UTF-8 or no charset"
                  + " parameter), or name a standard charset such as ISO-8859-1, windows-1252 or"
                  + " UTF-16."));
    }
  }

  /**
   * The body as text: decoded by its declared charset, else by its byte-order mark (UTF-8, UTF-16
   * BE or LE), else as UTF-8; a 400 problem when the bytes are not valid in that charset.
   */
  public String text() {
    Charset declared = declaredCharset();
    Charset charset = declared != null ? declared : byOrderMark();
    try {
      String text =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new ProblemException(
          Problem.of(
              400,
              "invalid-encoding",
              "Body not in its charset",
              "The body is not valid "
                  + charset.name()
                  + (declared == null
                      ? ", the encoding of a body without a charset parameter. Send UTF-8, or"
                          + " name the body's charset in Content-Type, e.g. "
                          + (type == null
                              ? "application/json"
                              : type.getType() + "/" + type.getSubtype())
                          + "; charset=ISO-8859-1."
                      : " although Content-Type declares it; send the bytes in the charset you"
                          + " name, or name the one they are in.")));
    }
  }

  private Charset byOrderMark() {
    if (bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return StandardCharsets.UTF_8;
  }
}
