package dev.attest.analysis;

/**
 * One reason a sentence needs a source: the rule that fired, the kind of cue, the cue text and its
 * span in the visible text, and a short explanation in the article's language (or English).
 */
public record Reason(String rule, CueKind kind, String cue, int start, int end, String message) {}
