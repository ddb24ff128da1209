package dev.attest.analysis.internal;

/** A sentence as a span of the visible text, with the block it belongs to. */
public record Sentence(int start, int end, Block block) {}
