package dev.attest.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * An {@code If-Match} header as RFC 9110 (13.1.1) defines it: {@code *}, which matches any current
 * representation, or a list of entity tags, one of which must match the current one by strong
 * comparison (a weak tag {@code W/"3"} never does).
 *
 * @param tags the list's entity tags as sent, such as {@code "3"} or {@code W/"3"}; empty for
 *     {@code *}
 */
public record IfMatch(boolean any, List<String> tags) {

  /**
   * Parses the header; a 428 problem when there is none, a 400 problem when it is no {@code *} and
   * no list of quoted entity tags.
   */
  public static IfMatch parse(String header) {
    if (header == null || header.isBlank()) {
      throw new ProblemException(
          Problem.of(
              428,
              "if-match-required",
              "If-Match required",
              "Send the ETag of the version you edited in If-Match, so that nobody else's save is"
                  + " overwritten."));
    }
    if (header.strip().equals("*")) {
      return new IfMatch(true, List.of());
    }
    List<String> tags = new ArrayList<>();
    int at = 0;
    while (at < header.length()) {
      char c = header.charAt(at);
      if (c == ' ' || c == '\t' || c == ',') {
        at++;
        continue;
      }
      int open = header.startsWith("W/\"", at) ? at + 2 : at;
      int close = header.charAt(open) == '"' ? header.indexOf('"', open + 1) : -1;
      if (close < 0) {
        throw malformed(header);
      }
      tags.add(header.substring(at, close + 1));
      at = close + 1;
      if (at < header.length() && ",\t ".indexOf(header.charAt(at)) < 0) {
        throw malformed(header);
      }
    }
    if (tags.isEmpty()) {
      throw malformed(header);
    }
    return new IfMatch(false, List.copyOf(tags));
  }

  /** Whether the representation whose (strong) ETag is {@code "current"} matches. */
  public boolean matches(String current) {
    return any || tags.contains("\"" + current + "\"");
  }

  /** Whether every tag is weak: such a header can never match. */
  public boolean onlyWeak() {
    return !any && tags.stream().allMatch(tag -> tag.startsWith("W/"));
  }

  private static ProblemException malformed(String header) {
    return new ProblemException(
        Problem.of(
            400,
            "invalid-if-match",
            "Invalid If-Match",
            "If-Match: "
                + header
                + " is no list of entity tags; send the ETag as the server gave it, in quotes,"
                + " such as If-Match: \"3\" (or several separated by commas, or *)."));
  }
}
