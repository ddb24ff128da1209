package dev.attest.cli;

import dev.attest.analysis.Analysis;
import dev.attest.analysis.Claim;
import dev.attest.analysis.Disclosure;
import dev.attest.analysis.Reason;
import dev.attest.analysis.Violation;
import java.io.PrintWriter;

/**
 * The readable report: per file its language, disclosure, author, claims with their cues, and
 * violations.
 */
final class TextReport implements CheckCommand.Report {
  private final PrintWriter out;
  private final String rulesVersion;

  TextReport(PrintWriter out, String rulesVersion) {
    this.out = out;
    this.rulesVersion = rulesVersion;
  }

  @Override
  public void analysis(String source, Analysis a) {
    out.printf("%s  [%s]%n", source, a.language());
    Disclosure d = a.disclosure();
    if (d.present()) {
      out.printf("  disclosure  %s: \"%s\"%n", d.aiUse(), d.text());
    } else {
      out.printf(
          "  disclosure  none%s%n",
          d.metadataOnly() ? " (declared only in metadata, which readers do not see)" : "");
    }
    out.printf(
        "  author      %s%n",
        a.author() == null ? "none" : a.author().name() + " (from " + a.author().foundIn() + ")");
    out.printf("  claims      %d need a source or sign-off%n", a.claims().size());
    int n = 1;
    for (Claim claim : a.claims()) {
      out.printf("    %d. \"%s\"  [%d–%d]%n", n++, claim.text(), claim.start(), claim.end());
      for (Reason r : claim.reasons()) {
        out.printf("       %-12s %s  \"%s\"  %s%n", r.kind(), r.rule(), r.cue(), r.message());
      }
    }
    for (Violation v : a.violations()) {
      out.printf("  VIOLATION   %s: %s%n              fix: %s%n", v.code(), v.message(), v.hint());
    }
    out.println();
  }

  @Override
  public void error(String source, String message) {
    out.printf("%s%n  ERROR       %s%n%n", source, message);
  }

  @Override
  public void finish(CheckCommand.Outcome o) {
    out.printf(
        "%d file(s) analysed, %d with violations, %d claim(s) to sign off, %d error(s). Rules %s.%n",
        o.files, o.withViolations, o.claims, o.errors, rulesVersion);
  }
}
