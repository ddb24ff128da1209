package dev.attest.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What decides whether a pattern may be searched alternative by alternative. */
class RegexTextTest {

  @Test
  void inlineFlagsHoldIntoLaterAlternativesSoTheyAreFound() {
    assertTrue(RegexText.hasInlineFlags("(?-i)Foo|bar"));
    assertTrue(RegexText.hasInlineFlags("foo|(?m)bar$"));
    assertFalse(RegexText.hasInlineFlags("(?-i:Foo)|bar"), "a flag group ends with itself");
    assertFalse(RegexText.hasInlineFlags("(?:a)|(?=b)c|(?<n>d)"));
    assertFalse(RegexText.hasInlineFlags("[(?i)]|\\(?i\\)"), "in a class or escaped it is text");
  }

  @Test
  void capturingGroupsAreNumberedOrNamed() {
    assertTrue(RegexText.hasCapturingGroup("a|(b)"));
    assertTrue(RegexText.hasCapturingGroup("a|(?<name>b)"));
    assertFalse(RegexText.hasCapturingGroup("(?:a)|(?<=x)b|(?<!y)c|(?-i:d)"));
  }
}
