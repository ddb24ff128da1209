package dev.attest.platform;

/**
 * One page of a long list, as a client asks for it with {@code ?page=&size=}: pages count from 0, a
 * size lies between 1 and the list's maximum. Values that are no such numbers are the client's
 * mistake: a 400 problem that says which values are allowed, never a 404 or 500.
 */
public record PageRequest(int page, int size) {

  /**
   * @param page the query parameter as sent, or null for the first page
   * @param size the query parameter as sent, or null for {@code defaultSize}
   */
  public static PageRequest of(String page, String size, int defaultSize, int maxSize) {
    int number = parse(page, 0, Integer.MAX_VALUE, maxSize);
    int length = parse(size, defaultSize, maxSize, maxSize);
    if (number < 0 || length < 1) {
      throw invalid(maxSize);
    }
    return new PageRequest(number, length);
  }

  /** Where the page begins in the whole list. */
  public long offset() {
    return (long) page * size;
  }

  /** Whether a list of {@code total} items goes on after this page. */
  public boolean hasNext(long total) {
    return offset() + size < total;
  }

  /**
   * The page before this one in a list of {@code total} items, or -1 for the first: past the end,
   * the list's last page.
   */
  public int previous(long total) {
    long last = total == 0 ? 0 : (total - 1) / size;
    return (int) Math.min(page - 1L, last);
  }

  private static int parse(String value, int absent, int max, int maxSize) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    String digits = value.strip();
    if (!digits.matches("[0-9]{1,10}")) {
      throw invalid(maxSize);
    }
    long number = Long.parseLong(digits);
    if (number > max) {
      throw invalid(maxSize);
    }
    return (int) number;
  }

  private static ProblemException invalid(int maxSize) {
    return new ProblemException(
        Problem.of(
            400,
            "invalid-page",
            "Invalid page",
            "page is a whole number from 0 and size one from 1 to " + maxSize + "."));
  }
}
