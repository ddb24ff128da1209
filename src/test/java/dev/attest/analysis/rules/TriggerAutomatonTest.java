package dev.attest.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The automaton finds exactly the occurrences a plain search finds. */
class TriggerAutomatonTest {
  private static final List<Trigger> TRIGGERS =
      List.of(
          new Trigger("soll", true),
          new Trigger("sollen", true),
          new Trigger("blogger", false),
          new Trigger("log", false),
          new Trigger(",", false),
          new Trigger(", so ", false),
          new Trigger("ki", true),
          new Trigger("ki-", false),
          new Trigger("a", true),
          new Trigger("laut", true));

  @Test
  void findsOverlappingAndNestedTriggersWhereTheyMayBegin() {
    String text = "militärblogger sollen, so laut ki-experten, ski fahren: a la kiosk";
    assertEquals(plainSearch(text), automatonSearch(text));
    List<String> found = new ArrayList<>();
    new TriggerAutomaton(TRIGGERS)
        .scan(text.toCharArray(), (id, start) -> found.add(TRIGGERS.get(id).text() + "@" + start));
    assertEquals(
        List.of(
            "log@8",
            "blogger@7",
            "soll@15",
            "sollen@15",
            ",@21",
            ", so @21",
            "laut@26",
            "ki@31",
            "ki-@31",
            ",@42",
            "a@56",
            "ki@61"),
        found,
        "\"ski\" holds \"ki\" but not at a word start; \"kiosk\" begins with it");
  }

  @Test
  void agreesWithAPlainSearchOnRandomText() {
    Random random = new Random(20261125);
    String alphabet = "sollengbrkiatu ,-äé\u00adSOLKIÄÉ";
    for (int round = 0; round < 2_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(60);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertEquals(plainSearch(text.toString()), automatonSearch(text.toString()), text::toString);
    }
  }

  @Test
  void findsTriggersInAnyCase() {
    String text = "MILITÄRBLOGGER Sollen, SO Laut KI-Experten";
    assertEquals(plainSearch(text), automatonSearch(text));
    assertEquals(List.of(15), automatonSearch(text).get(1), "sollen");
    assertEquals(List.of(7), automatonSearch(text).get(2), "blogger");
  }

  @Test
  void aTextWithoutTriggerCharsFindsNothing() {
    assertEquals(emptyLists(), automatonSearch("xyz 123 ÿþ"));
    assertEquals(emptyLists(), automatonSearch(""));
  }

  private static List<List<Integer>> automatonSearch(String text) {
    List<List<Integer>> found = emptyLists();
    new TriggerAutomaton(TRIGGERS)
        .scan(text.toCharArray(), (id, start) -> found.get(id).add(start));
    return found;
  }

  /**
   * Every occurrence of each trigger by indexOf in the text lower-cased char by char, ascending;
   * word triggers only at word starts.
   */
  private static List<List<Integer>> plainSearch(String original) {
    char[] lower = original.toCharArray();
    for (int i = 0; i < lower.length; i++) {
      lower[i] = Character.toLowerCase(lower[i]);
    }
    String text = new String(lower);
    List<List<Integer>> found = emptyLists();
    for (int id = 0; id < TRIGGERS.size(); id++) {
      Trigger t = TRIGGERS.get(id);
      for (int at = text.indexOf(t.text()); at >= 0; at = text.indexOf(t.text(), at + 1)) {
        if (!t.wordStart() || at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
          found.get(id).add(at);
        }
      }
    }
    return found;
  }

  private static List<List<Integer>> emptyLists() {
    List<List<Integer>> lists = new ArrayList<>();
    TRIGGERS.forEach(t -> lists.add(new ArrayList<>()));
    return lists;
  }
}
