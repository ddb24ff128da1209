package dev.attest.analysis.internal;

import dev.attest.analysis.Claim;
import dev.attest.analysis.CueKind;
import dev.attest.analysis.Reason;
import dev.attest.analysis.rules.CommonRules;
import dev.attest.analysis.rules.LanguageRules;
import dev.attest.analysis.rules.PatternRule;
import dev.attest.analysis.rules.TriggerIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Finds the sentences that make a claim needing a source and have none. A sentence is a claim when
 * a cue fires (a hedge or vague-source rule, a figure, a direct quotation); it is sourced when it
 * links out, has a {@code <cite>} or footnote reference, or matches one of the language's
 * named-source rules. Only blocks where a cue may fire are split into sentences.
 */
public final class ClaimFinder {
  static final String FIGURE_RULE = "common.figure.number";
  static final String QUOTE_RULE = "common.quote.direct";
  static final String BLOCKQUOTE_RULE = "common.quote.blockquote";

  private final QuoteCues quoteCues;
  private final SentenceSplitter splitter = new SentenceSplitter();

  public ClaimFinder(CommonRules common) {
    this.quoteCues = new QuoteCues(common.quotePairs(), common.quoteMinWords());
  }

  /**
   * @param skipped blocks that are never claims (bylines, the disclosure line)
   */
  public List<Claim> find(
      ArticleText article, TriggerIndex.Hits triggers, LanguageRules rules, Set<Block> skipped) {
    List<Claim> claims = new ArrayList<>();
    java.util.Map<String, Integer> occurrences = new java.util.HashMap<>();
    for (Block block : article.blocks()) {
      if (block.type() == Block.Type.HEADING || skipped.contains(block)) {
        continue;
      }
      List<int[]> quotes = quoteCues.find(article.text(), block.start(), block.end());
      if (!mayHoldCues(article, block, quotes, rules, triggers)) {
        continue;
      }
      for (Sentence sentence : splitter.split(article, block, rules)) {
        List<Reason> reasons = cues(article, sentence, rules, quotes, triggers);
        if (!reasons.isEmpty() && !sourced(article, sentence, rules, triggers)) {
          String text = article.slice(sentence.start(), sentence.end());
          String id = Fingerprint.claimId(text);
          int occurrence = occurrences.merge(id, 1, Integer::sum);
          claims.add(
              new Claim(
                  occurrence == 1 ? id : id + "-" + occurrence,
                  text,
                  sentence.start(),
                  sentence.end(),
                  reasons));
        }
      }
    }
    return claims;
  }

  /**
   * Whether a cue may fire somewhere in the block: it is a block quotation, holds a quotation or a
   * digit, or one of the cue rules' triggers lies in it. A block without any needs no sentences.
   */
  private static boolean mayHoldCues(
      ArticleText article,
      Block block,
      List<int[]> quotes,
      LanguageRules rules,
      TriggerIndex.Hits triggers) {
    if (block.type() == Block.Type.QUOTE || !quotes.isEmpty() || block.hasDigit()) {
      return true;
    }
    for (Mark mark : article.marksIn(block.start(), block.end())) {
      if (mark.type() == Mark.Type.QUOTE) {
        return true;
      }
    }
    for (PatternRule rule : rules.cues()) {
      if (rule.mayMatchIn(triggers, block.start(), block.end())) {
        return true;
      }
    }
    return false;
  }

  /** The cues that fire in one sentence, in text order of the rules' kinds. */
  private List<Reason> cues(
      ArticleText article,
      Sentence sentence,
      LanguageRules rules,
      List<int[]> quotes,
      TriggerIndex.Hits triggers) {
    int from = sentence.start();
    int to = sentence.end();
    String text = article.text();
    List<Reason> reasons = new ArrayList<>(2);
    for (PatternRule rule : rules.cues()) {
      Matcher m = rule.find(text, triggers, from, to);
      if (m != null) {
        reasons.add(
            reason(rule.id(), rule.kind(), text, m.start(), m.end(), rule.message(), rules));
      }
    }
    if (sentence.block().hasDigit()) {
      for (int[] figure : FigureCues.find(text, from, to, rules)) {
        reasons.add(reason(FIGURE_RULE, CueKind.FIGURE, text, figure[0], figure[1], null, rules));
      }
    }
    if (sentence.block().type() == Block.Type.QUOTE) {
      reasons.add(reason(BLOCKQUOTE_RULE, CueKind.QUOTE, text, from, to, null, rules));
    } else {
      for (int[] quote : quotes) {
        if (quote[0] < to && quote[1] > from) {
          int start = Math.max(from, quote[0]);
          int end = Math.min(to, quote[1]);
          reasons.add(reason(QUOTE_RULE, CueKind.QUOTE, text, start, end, null, rules));
        }
      }
      for (Mark mark : article.marksIn(from, to)) {
        if (mark.type() == Mark.Type.QUOTE) {
          reasons.add(
              reason(
                  QUOTE_RULE,
                  CueKind.QUOTE,
                  text,
                  Math.max(from, mark.start()),
                  Math.min(to, mark.end()),
                  null,
                  rules));
        }
      }
    }
    reasons.sort(java.util.Comparator.comparingInt(Reason::start));
    return reasons;
  }

  private static Reason reason(
      String id,
      CueKind kind,
      String text,
      int start,
      int end,
      String message,
      LanguageRules rules) {
    return new Reason(
        id,
        kind,
        text.substring(start, end),
        start,
        end,
        message != null ? message : rules.message(kind));
  }

  /** Whether the sentence (for a block quotation: its whole block) cites a source. */
  private static boolean sourced(
      ArticleText article, Sentence sentence, LanguageRules rules, TriggerIndex.Hits triggers) {
    Block block = sentence.block();
    int from = block.type() == Block.Type.QUOTE ? block.start() : sentence.start();
    int to = block.type() == Block.Type.QUOTE ? block.end() : sentence.end();
    for (Mark mark : article.marksIn(from, to)) {
      if (mark.type() != Mark.Type.QUOTE) {
        return true;
      }
    }
    for (PatternRule source : rules.sources()) {
      if (source.find(article.text(), triggers, from, to) != null) {
        return true;
      }
    }
    return false;
  }
}
