package dev.attest.platform;

/**
 * Numbers that name stored things in addresses: article ids and revision numbers are whole numbers
 * from 1. Anything else is answered with a problem that says so: a 404 for a path (there is no such
 * thing), a 400 naming the query parameter; never a bare "Not Found".
 */
public final class Ids {
  private Ids() {}

  /**
   * The {@code what} (such as "article id") in a path segment; a 404 problem when it is no whole
   * number from 1 to {@code max}.
   *
   * @param list where the existing ones are listed, for the problem's detail
   */
  public static long path(String what, String value, long max, String list) {
    long number = parse(value, max);
    if (number < 0) {
      throw new ProblemException(
          Problem.of(
              404,
              "invalid-id",
              "No such " + what,
              "\""
                  + value
                  + "\" is no "
                  + what
                  + ": "
                  + what
                  + "s are whole numbers from 1 to "
                  + max
                  + "; "
                  + list
                  + " lists them."));
    }
    return number;
  }

  /**
   * The id in query {@code parameter}, or null when it is absent; a 400 problem naming the
   * parameter when it is no whole number from 1.
   */
  public static Long query(String parameter, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    long number = parse(value.strip(), Long.MAX_VALUE);
    if (number < 0) {
      throw new ProblemException(
          Problem.of(
              400,
              "invalid-parameter",
              "Invalid " + parameter,
              parameter + "=" + value + " is not an id: ids are whole numbers from 1."));
    }
    return number;
  }

  /** The number, or -1 when it is none from 1 to {@code max}. */
  private static long parse(String value, long max) {
    if (value == null || !value.matches("[0-9]{1,19}")) {
      return -1;
    }
    try {
      long number = Long.parseLong(value);
      return number >= 1 && number <= max ? number : -1;
    } catch (NumberFormatException tooLarge) {
      return -1;
    }
  }
}
