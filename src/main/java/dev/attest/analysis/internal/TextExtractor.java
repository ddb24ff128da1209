package dev.attest.analysis.internal;

import dev.attest.analysis.rules.CommonRules;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Walks a JSoup document (iteratively, so any nesting depth is fine) and collects what a reader
 * sees: text blocks split at block elements and {@code <br>}, without scripts, hidden elements and
 * boilerplate widgets, which are recognised by markup hints (class and id tokens) and by widget
 * phrases ("Lesen Sie auch").
 */
public final class TextExtractor {
  private static final Evaluator CANONICAL =
      QueryParser.parse("link[rel=canonical][href], meta[property=og:url][content]");
  private static final Evaluator FOOTNOTE_LINK = QueryParser.parse("a[href^=#]");
  private static final Set<String> SKIPPED =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "head",
          "nav",
          "form",
          "button",
          "select",
          "option",
          "textarea",
          "input",
          "svg",
          "math",
          "iframe",
          "object",
          "embed",
          "canvas",
          "audio",
          "video",
          "map",
          "dialog",
          "menu");
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "aside",
          "header",
          "footer",
          "main",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "blockquote",
          "figure",
          "figcaption",
          "table",
          "thead",
          "tbody",
          "tfoot",
          "tr",
          "td",
          "th",
          "caption",
          "pre",
          "address",
          "hr",
          "br",
          "details",
          "summary",
          "body",
          "center",
          "hgroup");
  private static final List<String> SHARE_LINKS =
      List.of(
          "twitter.com/intent",
          "x.com/intent",
          "facebook.com/sharer",
          "linkedin.com/share",
          "wa.me/",
          "api.whatsapp.com/send",
          "t.me/share",
          "reddit.com/submit",
          "pinterest.com/pin/create");
  private static final String INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff";
  private static final byte KEPT = 0;
  private static final byte SPACE = 1;
  private static final byte DROPPED = 2;

  /**
   * What {@code append} does with each char, looked up instead of asked of {@link Character} char
   * by char.
   */
  private static final byte[] CHAR_KINDS = charKinds();

  private static final String[] MARKUP_ATTRIBUTES = {"class", "id", "itemprop", "rel", "role"};
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  private static final Pattern FOOTNOTE_TEXT = Pattern.compile("\\[?\\d{1,3}\\]?|\\*{1,3}|[†‡]");
  private static final int BOILERPLATE_MAX_CHARS = 400;
  private static final int PHRASE_BLOCK_MAX_WORDS = 14;
  private static final int BARE_PHRASE_MAX_WORDS = 6;

  private final CommonRules common;

  /**
   * The widget phrases of every language by their first char, so that a line is compared with few
   * of them.
   */
  private final java.util.Map<Character, List<String>> phrasesByFirstChar;

  public TextExtractor(CommonRules common, List<String> boilerplatePhrases) {
    this.common = common;
    java.util.Map<Character, List<String>> byFirst = new java.util.HashMap<>();
    for (String phrase : boilerplatePhrases) {
      if (!phrase.isEmpty()) {
        byFirst.computeIfAbsent(phrase.charAt(0), c -> new ArrayList<>()).add(phrase);
      }
    }
    byFirst.replaceAll((c, phrases) -> List.copyOf(phrases));
    this.phrasesByFirstChar = java.util.Map.copyOf(byFirst);
  }

  public ArticleText extract(Document document) {
    Walker walker = new Walker(ownHost(document));
    Element root = document.body() != null ? document.body() : document;
    NodeTraversor.filter(walker, root);
    walker.endBlock();
    walker.marks.sort(java.util.Comparator.comparingInt(Mark::start));
    String text = walker.text.toString();
    List<Block> blocks = new ArrayList<>(walker.blocks.size());
    for (Walker.Span span : walker.blocks) {
      blocks.add(Block.of(text, span.start(), span.end(), span.type(), span.bylineHint()));
    }
    return new ArticleText(
        document,
        text,
        ArticleText.lowerSameLength(text.toCharArray()),
        List.copyOf(blocks),
        List.copyOf(walker.marks));
  }

  private static String ownHost(Document document) {
    Element canonical =
        (document.head() != null ? document.head() : document).selectFirst(CANONICAL);
    if (canonical == null) {
      return "";
    }
    String url = canonical.hasAttr("href") ? canonical.attr("href") : canonical.attr("content");
    url = url.trim().toLowerCase(Locale.ROOT);
    return url.startsWith("http") ? host(url) : "";
  }

  private final class Walker implements NodeFilter {
    private final String ownHost;

    Walker(String ownHost) {
      this.ownHost = ownHost;
    }

    /**
     * Where a block lies, before its words are counted: that is done once the text is complete, as
     * a String, whose chars are read faster than a StringBuilder's.
     */
    record Span(int start, int end, Block.Type type, boolean bylineHint) {}

    final StringBuilder text = new StringBuilder();
    final List<Span> blocks = new ArrayList<>();
    final List<Mark> marks = new ArrayList<>();
    private final Deque<Block.Type> types = new ArrayDeque<>();
    private final Deque<int[]> openMarks = new ArrayDeque<>();
    private final Deque<Integer> open = new ArrayDeque<>();
    private int blockStart = -1;
    private boolean pendingSpace;

    /**
     * Where the link being walked began in {@code text}, and how many chars of the current block
     * are link text.
     */
    private final Deque<Integer> linkStarts = new ArrayDeque<>();

    private int linkedChars;
    private int bylineDepth;

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode textNode) {
        append(textNode.getWholeText());
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element element)) {
        return FilterResult.CONTINUE;
      }
      String tag = element.normalName();
      if (SKIPPED.contains(tag)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      List<String> tokens = markupTokens(element);
      if (!tokens.isEmpty() || element.attributesSize() > 0) {
        if (hidden(element, tokens) || boilerplate(element, tokens)) {
          return FilterResult.SKIP_ENTIRELY;
        }
      }
      boolean block = BLOCKS.contains(tag);
      if (block) {
        endBlock();
        types.push(blockType(tag, tokens));
      }
      boolean byline = containsAny(tokens, common.bylineMarkup());
      if (byline) {
        bylineDepth++;
      }
      Mark.Type mark = markOf(element, ownHost);
      if (mark != null) {
        int start = text.length() + (pendingSpace && blockStart >= 0 ? 1 : 0);
        openMarks.push(new int[] {start, mark.ordinal()});
      }
      boolean link = tag.equals("a");
      if (link) {
        linkStarts.push(text.length());
      }
      open.push((block ? 1 : 0) | (byline ? 2 : 0) | (mark != null ? 4 : 0) | (link ? 8 : 0));
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (!(node instanceof Element element)) {
        return FilterResult.CONTINUE;
      }
      int flags = open.pop();
      if ((flags & 8) != 0) {
        linkedChars += Math.max(0, text.length() - Math.max(linkStarts.pop(), blockStart));
      }
      if ((flags & 4) != 0) {
        int[] mark = openMarks.pop();
        if (text.length() > mark[0]) {
          marks.add(new Mark(mark[0], text.length(), Mark.Type.values()[mark[1]]));
        }
      }
      if ((flags & 1) != 0) {
        endBlock();
        types.pop();
      }
      if ((flags & 2) != 0) {
        bylineDepth--;
      }
      return FilterResult.CONTINUE;
    }

    private void append(String raw) {
      int n = raw.length();
      int i = 0;
      while (i < n) {
        byte kind = CHAR_KINDS[raw.charAt(i)];
        if (kind != KEPT) {
          pendingSpace |= kind == SPACE;
          i++;
          continue;
        }
        if (blockStart < 0) {
          if (text.length() > 0) {
            text.append('\n');
          }
          blockStart = text.length();
        } else if (pendingSpace) {
          text.append(' ');
        }
        pendingSpace = false;
        int run = i + 1;
        while (run < n && CHAR_KINDS[raw.charAt(run)] == KEPT) {
          run++;
        }
        text.append(raw, i, run);
        i = run;
      }
    }

    /**
     * A block inside a quotation or a heading is part of it; otherwise the element (or its markup)
     * decides.
     */
    private Block.Type blockType(String tag, List<String> tokens) {
      Block.Type outer = types.peek();
      if (outer == Block.Type.QUOTE || outer == Block.Type.HEADING) {
        return outer;
      }
      return containsAny(tokens, common.headingMarkup()) ? Block.Type.HEADING : typeOf(tag);
    }

    void endBlock() {
      pendingSpace = false;
      if (blockStart < 0) {
        return;
      }
      int start = blockStart;
      blockStart = -1;
      int linked = linkedChars;
      linkedChars = 0;
      Block.Type type = types.isEmpty() ? Block.Type.PARAGRAPH : types.peek();
      if (isWidgetLine(start, linked)) {
        text.setLength(Math.max(0, start - 1));
        marks.removeIf(m -> m.start() >= start);
        return;
      }
      blocks.add(new Span(start, text.length(), type, bylineDepth > 0));
    }

    /**
     * Whether the block is a widget line: it begins with a boilerplate phrase ("Lesen Sie auch")
     * and is short, or the phrase is a label ("Mehr zum Thema:"), or all that follows the phrase is
     * link text (a "read also" line with the linked headline of another article).
     */
    private boolean isWidgetLine(int start, int linkedChars) {
      if (start >= text.length()) {
        return false;
      }
      List<String> phrases = phrasesByFirstChar.get(Character.toLowerCase(text.charAt(start)));
      if (phrases == null) {
        return false;
      }
      String blockText = text.substring(start);
      int words = words(blockText, 0, blockText.length(), PHRASE_BLOCK_MAX_WORDS + 1);
      if (words > PHRASE_BLOCK_MAX_WORDS) {
        return false;
      }
      String lower = blockText.toLowerCase(Locale.ROOT);
      boolean shortLine = words <= BARE_PHRASE_MAX_WORDS;
      for (String phrase : phrases) {
        if (lower.startsWith(phrase)) {
          int after = phrase.length();
          boolean wordEnds =
              after == lower.length() || !Character.isLetterOrDigit(lower.charAt(after));
          boolean labelled =
              phrase.endsWith(":")
                  || after < lower.length() && ":|»›–-".indexOf(lower.charAt(after)) >= 0;
          boolean onlyLinksAfter = linkedChars > 0 && blockText.length() - after - 1 <= linkedChars;
          if (wordEnds && (shortLine || labelled || onlyLinksAfter)) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /**
   * Soft hyphens, zero-width and control characters are dropped (they hide inside words:
   * "an\u00adgeb\u00adlich"), white space and space separators become one space, the rest is kept.
   */
  private static byte[] charKinds() {
    byte[] kinds = new byte[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (INVISIBLE.indexOf(c) >= 0 || Character.isISOControl(c) && !Character.isWhitespace(c)) {
        kinds[c] = DROPPED;
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        kinds[c] = SPACE;
      }
    }
    return kinds;
  }

  private static Block.Type typeOf(String tag) {
    return switch (tag) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> Block.Type.HEADING;
      case "blockquote" -> Block.Type.QUOTE;
      case "figcaption", "caption" -> Block.Type.CAPTION;
      default -> Block.Type.PARAGRAPH;
    };
  }

  private static Mark.Type markOf(Element element, String ownHost) {
    switch (element.normalName()) {
      case "a":
        String href = element.attr("href").trim().toLowerCase(Locale.ROOT);
        if (href.startsWith("http://") || href.startsWith("https://")) {
          return isSource(href, ownHost) ? Mark.Type.LINK : null;
        }
        return href.startsWith("#") && FOOTNOTE_TEXT.matcher(element.text().trim()).matches()
            ? Mark.Type.FOOTNOTE
            : null;
      case "cite":
        return Mark.Type.CITE;
      case "sup":
        String sup = element.text().trim();
        boolean footnote =
            element.selectFirst(FOOTNOTE_LINK) != null
                || sup.startsWith("[")
                || sup.startsWith("*")
                || sup.startsWith("†");
        return footnote ? Mark.Type.FOOTNOTE : null;
      case "q":
        return Mark.Type.QUOTE;
      default:
        return null;
    }
  }

  /**
   * Whether a link points to a source: not to the article's own site (its canonical or og:url
   * host), not to a share or mail action.
   */
  private static boolean isSource(String href, String ownHost) {
    String host = host(href);
    if (host.isEmpty() || host.equals(ownHost)) {
      return false;
    }
    for (String share : SHARE_LINKS) {
      if (href.contains(share)) {
        return false;
      }
    }
    return true;
  }

  private static String host(String url) {
    int start = url.indexOf("//") + 2;
    int end = start;
    while (end < url.length() && "/?#:".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    String host = url.substring(start, end);
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  private boolean hidden(Element element, List<String> tokens) {
    if (element.hasAttr("hidden")
        || "hidden".equalsIgnoreCase(element.attr("type"))
        || HIDDEN_STYLE.matcher(element.attr("style")).find()) {
      return true;
    }
    return containsAny(tokens, common.hiddenMarkup());
  }

  private boolean boilerplate(Element element, List<String> tokens) {
    if (!containsAny(tokens, common.boilerplateMarkup())) {
      return false;
    }
    String text = element.text();
    if (text.length() <= BOILERPLATE_MAX_CHARS) {
      return true;
    }
    int linked = 0;
    for (Element a : element.select("a")) {
      linked += a.text().length();
    }
    return linked * 2 > text.length();
  }

  private static boolean containsAny(List<String> tokens, Set<String> wanted) {
    for (String token : tokens) {
      if (wanted.contains(token)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The lower-case tokens of an element's class, id, itemprop, rel and role: each whole name and,
   * for names joined with "-" or "_", each part ("share-bar" gives share-bar, share, bar).
   */
  private static List<String> markupTokens(Element element) {
    if (element.attributesSize() == 0) {
      return List.of();
    }
    List<String> tokens = new ArrayList<>(4);
    for (String attr : MARKUP_ATTRIBUTES) {
      String value = element.attr(attr);
      if (!value.isEmpty()) {
        addTokens(value.toLowerCase(Locale.ROOT), tokens);
      }
    }
    return tokens;
  }

  private static void addTokens(String value, List<String> tokens) {
    int n = value.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(value.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(value.charAt(i))) {
        i++;
      }
      if (i > start) {
        String name = value.substring(start, i);
        tokens.add(name);
        int partStart = 0;
        for (int j = 0; j <= name.length(); j++) {
          if (j == name.length() || name.charAt(j) == '-' || name.charAt(j) == '_') {
            if (j > partStart && (partStart > 0 || j < name.length())) {
              tokens.add(name.substring(partStart, j));
            }
            partStart = j + 1;
          }
        }
      }
    }
  }

  static int words(String text, int from, int to) {
    return words(text, from, to, Integer.MAX_VALUE);
  }

  /**
   * How many words {@code text[from, to)} has, counting stops at {@code limit}. Takes a String, not
   * any CharSequence: a loop whose charAt calls see several classes runs several times slower.
   */
  static int words(String text, int from, int to, int limit) {
    int words = 0;
    boolean inWord = false;
    for (int i = from; i < to && words < limit; i++) {
      boolean letter = isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }

  /**
   * {@link Character#isDigit(char)}, answered without a table look-up below the first non-ASCII
   * digit (U+0660).
   */
  static boolean isDigit(char c) {
    return c <= '9' ? c >= '0' : c >= '\u0660' && Character.isDigit(c);
  }

  /** {@link Character#isLetterOrDigit(char)}, answered without a table look-up for ASCII. */
  static boolean isLetterOrDigit(char c) {
    if (c < 128) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    return Character.isLetterOrDigit(c);
  }
}
