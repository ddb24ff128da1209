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
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks a JSoup document (iteratively, so any nesting depth is fine) and collects what a reader sees: text blocks
 * split at block elements and {@code <br>}, without scripts, hidden elements and boilerplate widgets, which are
 * recognised by markup hints (class and id tokens) and by widget phrases ("Lesen Sie auch").
 */
public final class TextExtractor {
  private static final Set<String> SKIPPED =
      Set.of(
          "script", "style", "noscript", "template", "head", "nav", "form", "button", "select",
          "option", "textarea", "input", "svg", "math", "iframe", "object", "embed", "canvas",
          "audio", "video", "map", "dialog", "menu");
  private static final Set<String> BLOCKS =
      Set.of(
          "p", "div", "section", "article", "aside", "header", "footer", "main", "li", "ul", "ol",
          "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure",
          "figcaption", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "pre",
          "address", "hr", "br", "details", "summary", "body", "center", "hgroup");
  private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s_\\-]+");
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  private static final Pattern FOOTNOTE_TEXT = Pattern.compile("\\[?\\d{1,3}\\]?|\\*{1,3}|[†‡]");
  private static final int BOILERPLATE_MAX_CHARS = 400;
  private static final int PHRASE_BLOCK_MAX_WORDS = 14;

  private final CommonRules common;
  private final List<String> boilerplatePhrases;

  public TextExtractor(CommonRules common, List<String> boilerplatePhrases) {
    this.common = common;
    this.boilerplatePhrases = List.copyOf(boilerplatePhrases);
  }

  public ArticleText extract(Document document) {
    Walker walker = new Walker();
    Element root = document.body() != null ? document.body() : document;
    NodeTraversor.filter(walker, root);
    walker.endBlock();
    String text = walker.text.toString();
    return new ArticleText(
        document, text, ArticleText.lowerSameLength(text), List.copyOf(walker.blocks),
        List.copyOf(walker.marks));
  }

  private final class Walker implements NodeFilter {
    final StringBuilder text = new StringBuilder();
    final List<Block> blocks = new ArrayList<>();
    final List<Mark> marks = new ArrayList<>();
    private final Deque<Block.Type> types = new ArrayDeque<>();
    private final Deque<int[]> openMarks = new ArrayDeque<>();
    private final Deque<Integer> open = new ArrayDeque<>();
    private int blockStart = -1;
    private boolean pendingSpace;
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
      if (SKIPPED.contains(tag) || hidden(element) || boilerplate(element)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      boolean block = BLOCKS.contains(tag);
      if (block) {
        endBlock();
        types.push(typeOf(tag));
      }
      boolean byline = hasToken(element, common.bylineMarkup());
      if (byline) {
        bylineDepth++;
      }
      Mark.Type mark = markOf(element);
      if (mark != null) {
        int start = text.length() + (pendingSpace && blockStart >= 0 ? 1 : 0);
        openMarks.push(new int[] {start, mark.ordinal()});
      }
      open.push((block ? 1 : 0) | (byline ? 2 : 0) | (mark != null ? 4 : 0));
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (!(node instanceof Element element)) {
        return FilterResult.CONTINUE;
      }
      int flags = open.pop();
      if ((flags & 4) != 0) {
        int[] mark = openMarks.pop();
        if (text.length() > mark[0]) {
          marks.add(new Mark(mark[0], text.length(), Mark.Type.values()[mark[1]]));
        }
      }
      if ((flags & 2) != 0) {
        bylineDepth--;
      }
      if ((flags & 1) != 0) {
        endBlock();
        types.pop();
      }
      return FilterResult.CONTINUE;
    }

    private void append(String raw) {
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b') {
          pendingSpace = true;
          continue;
        }
        if (Character.isISOControl(c)) {
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
        text.append(c);
      }
    }

    void endBlock() {
      pendingSpace = false;
      if (blockStart < 0) {
        return;
      }
      int start = blockStart;
      blockStart = -1;
      String blockText = text.substring(start);
      if (isWidgetLine(blockText)) {
        text.setLength(Math.max(0, start - 1));
        marks.removeIf(m -> m.start() >= start);
        return;
      }
      Block.Type type = types.isEmpty() ? Block.Type.PARAGRAPH : types.peek();
      blocks.add(new Block(start, text.length(), type, bylineDepth > 0));
    }

    private boolean isWidgetLine(String blockText) {
      String lower = blockText.toLowerCase(Locale.ROOT);
      for (String phrase : boilerplatePhrases) {
        if (lower.startsWith(phrase) && words(blockText) <= PHRASE_BLOCK_MAX_WORDS) {
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

  private static Mark.Type markOf(Element element) {
    switch (element.normalName()) {
      case "a":
        String href = element.attr("href").trim().toLowerCase(Locale.ROOT);
        if (href.startsWith("http://") || href.startsWith("https://")) {
          return Mark.Type.LINK;
        }
        return href.startsWith("#") && FOOTNOTE_TEXT.matcher(element.text().trim()).matches()
            ? Mark.Type.FOOTNOTE
            : null;
      case "cite":
        return Mark.Type.CITE;
      case "sup":
        boolean footnote =
            FOOTNOTE_TEXT.matcher(element.text().trim()).matches()
                || element.selectFirst("a[href^=#]") != null;
        return footnote ? Mark.Type.FOOTNOTE : null;
      case "q":
        return Mark.Type.QUOTE;
      default:
        return null;
    }
  }

  private boolean hidden(Element element) {
    if (element.hasAttr("hidden")
        || "hidden".equalsIgnoreCase(element.attr("type"))
        || HIDDEN_STYLE.matcher(element.attr("style")).find()) {
      return true;
    }
    return hasClassToken(element, common.hiddenMarkup());
  }

  private boolean boilerplate(Element element) {
    if (!hasToken(element, common.boilerplateMarkup())) {
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

  private static boolean hasClassToken(Element element, Set<String> tokens) {
    String classes = element.attr("class");
    if (classes.isEmpty() || tokens.isEmpty()) {
      return false;
    }
    for (String name : classes.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (tokens.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a class, id, itemprop, rel or role of the element is (or has a part that is) one of the tokens. */
  private static boolean hasToken(Element element, Set<String> tokens) {
    if (tokens.isEmpty() || element.attributesSize() == 0) {
      return false;
    }
    for (String attr : new String[] {"class", "id", "itemprop", "rel", "role", "data-component"}) {
      String value = element.attr(attr);
      if (value.isEmpty()) {
        continue;
      }
      String lower = value.toLowerCase(Locale.ROOT);
      for (String name : lower.split("\\s+")) {
        if (tokens.contains(name)) {
          return true;
        }
        for (String part : TOKEN_SPLIT.split(name)) {
          if (tokens.contains(part)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  static int words(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }
}
