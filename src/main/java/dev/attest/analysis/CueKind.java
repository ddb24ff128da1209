package dev.attest.analysis;

/** Why a sentence is a claim that needs a source. */
public enum CueKind {
  /** Hedged wording: reportedly, allegedly, is said to, Berichten zufolge, angeblich. */
  HEDGE,
  /** A source that cannot be checked: experts say, insiders, local media, bloggers report. */
  VAGUE_SOURCE,
  /** Counts, percentages, money or measured quantities (not dates or times alone). */
  FIGURE,
  /** A direct quotation. */
  QUOTE
}
