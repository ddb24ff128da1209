package dev.attest.analysis.internal;

import dev.attest.analysis.rules.CommonRules;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
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
  private final java.util.Map<Character, String[]> phrasesByFirstChar;

  public TextExtractor(CommonRules common, List<String> boilerplatePhrases) {
    this.common = common;
    java.util.Map<Character, List<String>> byFirst = new java.util.HashMap<>();
    for (String phrase : boilerplatePhrases) {
      if (!phrase.isEmpty()) {
        byFirst.computeIfAbsent(phrase.charAt(0), c -> new ArrayList<>()).add(phrase);
      }
    }
    java.util.Map<Character, String[]> arrays = new java.util.HashMap<>();
    byFirst.forEach((c, phrases) -> arrays.put(c, phrases.toArray(String[]::new)));
    this.phrasesByFirstChar = java.util.Map.copyOf(arrays);
  }

  public ArticleText extract(Document document) {
    Walker walker = new Walker(ownHost(document));
    Element root = document.body() != null ? document.body() : document;
    NodeTraversor.filter(walker, root);
    walker.endBlock();
    walker.marks.sort(java.util.Comparator.comparingInt(Mark::start));
    return new ArticleText(
        document, walker.text(), List.copyOf(walker.blocks), List.copyOf(walker.marks));
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
     * The visible text so far, {@code chars[0, length)}: appended to char by char as each char is
     * classified, which a StringBuilder would do once more.
     */
    char[] chars = new char[1024];

    int length;

    /** A piece of the text node being appended. */
    private final char[] raw = new char[256];

    final List<Block> blocks = new ArrayList<>();
    final List<Mark> marks = new ArrayList<>();
    private final Deque<Block.Type> types = new ArrayDeque<>();
    private final Deque<int[]> openMarks = new ArrayDeque<>();
    private final Deque<Integer> open = new ArrayDeque<>();
    private int blockStart = -1;
    private boolean pendingSpace;

    /**
     * The words of the block being walked (runs of letters and digits), whether its last char was
     * part of one, and whether it has a digit: counted as its chars are appended.
     */
    private int blockWords;

    private boolean inWord;
    private boolean blockDigit;

    /**
     * Where the link being walked began in {@code text}, and how many chars of the current block
     * are link text.
     */
    private final Deque<Integer> linkStarts = new ArrayDeque<>();

    private int linkedChars;
    private int bylineDepth;

    /**
     * After a widget label of its own ("Les også" as a heading), the number of elements open around
     * the container that holds it: the blocks of link text that follow it there, up to the first
     * other block, are the widget's links. {@link Integer#MAX_VALUE} when no such label is being
     * followed.
     */
    private int widgetLabelDepth = Integer.MAX_VALUE;

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
        int start = length + (pendingSpace && blockStart >= 0 ? 1 : 0);
        openMarks.push(new int[] {start, mark.ordinal()});
      }
      boolean link = tag.equals("a");
      if (link) {
        linkStarts.push(length);
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
        linkedChars += Math.max(0, length - Math.max(linkStarts.pop(), blockStart));
      }
      if ((flags & 4) != 0) {
        int[] mark = openMarks.pop();
        if (length > mark[0]) {
          marks.add(new Mark(mark[0], length, Mark.Type.values()[mark[1]]));
        }
      }
      if ((flags & 1) != 0) {
        endBlock();
        types.pop();
      }
      if ((flags & 2) != 0) {
        bylineDepth--;
      }
      if (open.size() < widgetLabelDepth) {
        widgetLabelDepth = Integer.MAX_VALUE;
      }
      return FilterResult.CONTINUE;
    }

    String text() {
      return new String(chars, 0, length);
    }

    /**
     * Appends a text node's visible chars: runs of white space become one space, invisible chars
     * are dropped, and a new block begins on a line of its own.
     */
    private void append(String node) {
      for (int from = 0; from < node.length(); from += raw.length) {
        int to = Math.min(node.length(), from + raw.length);
        node.getChars(from, to, raw, 0);
        append(raw, to - from);
      }
    }

    /** Appends {@code piece[0, n)}; the walker's state is kept in locals while it does. */
    private void append(char[] piece, int n) {
      // a kept char brings at most one separator, after a space that is not kept, plus a newline
      if (chars.length - length < n + 2) {
        int size = Math.max(length + n + 2, chars.length * 2);
        chars = Arrays.copyOf(chars, size);
      }
      char[] out = chars;
      int end = length;
      boolean space = pendingSpace;
      int start = blockStart;
      int words = blockWords;
      boolean word = inWord;
      boolean digit = blockDigit;
      for (int i = 0; i < n; i++) {
        char c = piece[i];
        byte kind = CharKinds.of(c);
        if ((kind & (CharKinds.SPACE | CharKinds.DROPPED)) != 0) {
          space |= (kind & CharKinds.SPACE) != 0;
          continue;
        }
        if (start < 0) {
          if (end > 0) {
            out[end++] = '\n';
          }
          start = end;
          words = 0;
          word = false;
          digit = false;
        } else if (space) {
          out[end++] = ' ';
          word = false;
        }
        space = false;
        out[end++] = c;
        boolean letter = (kind & CharKinds.WORD) != 0;
        if (letter && !word) {
          words++;
        }
        word = letter;
        digit |= (kind & CharKinds.DIGIT) != 0;
      }
      length = end;
      pendingSpace = space;
      blockStart = start;
      blockWords = words;
      inWord = word;
      blockDigit = digit;
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
        if (linked == 0) {
          // the container's own end block (its loose links) is walked after it was closed
          widgetLabelDepth = open.size() - 1;
        }
        drop(start);
        return;
      }
      if (open.size() >= widgetLabelDepth && isLinkLine(start, linked)) {
        drop(start);
        return;
      }
      widgetLabelDepth = Integer.MAX_VALUE;
      blocks.add(
          new Block(
              start,
              length,
              type,
              bylineDepth > 0,
              Math.min(blockWords, Block.COUNTED_WORDS),
              blockDigit));
    }

    /** Drops the block that begins at {@code start}, and its marks. */
    private void drop(int start) {
      length = Math.max(0, start - 1);
      marks.removeIf(m -> m.start() >= start);
    }

    /** Whether the block is all or nearly all link text (a linked headline, a bullet before it). */
    private boolean isLinkLine(int start, int linkedChars) {
      return linkedChars > 0 && (length - start - linkedChars) * 5 <= length - start;
    }

    /**
     * Whether the block is a widget line: it begins with a boilerplate phrase ("Lesen Sie auch")
     * and is short, or the phrase is a label ("Mehr zum Thema:"), or all that follows the phrase is
     * link text (a "read also" line with the linked headline of another article).
     */
    private boolean isWidgetLine(int start, int linkedChars) {
      if (start >= length) {
        return false;
      }
      String[] phrases = phrasesByFirstChar.get(CharKinds.lower(chars[start]));
      if (phrases == null || !beginsWithAny(start, phrases)) {
        return false;
      }
      int words = blockWords;
      if (words > PHRASE_BLOCK_MAX_WORDS) {
        return false;
      }
      String blockText = new String(chars, start, length - start);
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

    /** Whether the text from {@code start} on begins with one of the lower-case phrases. */
    private boolean beginsWithAny(int start, String[] phrases) {
      for (String phrase : phrases) {
        int n = phrase.length();
        int k = 0;
        while (k < n
            && start + k < length
            && CharKinds.lower(chars[start + k]) == phrase.charAt(k)) {
          k++;
        }
        if (k == n) {
          return true;
        }
      }
      return false;
    }
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
}
