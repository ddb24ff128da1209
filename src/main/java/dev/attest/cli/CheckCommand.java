package dev.attest.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attest.analysis.Analysis;
import dev.attest.analysis.AnalysisJson;
import dev.attest.analysis.Analyzer;
import dev.attest.analysis.Attest;
import dev.attest.analysis.InvalidInputException;
import dev.attest.analysis.rules.RulesException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code attest check [--json] [--lang CODE] [--rules DIR] PATH…}: analyses files, walking folders
 * for HTML.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Analyses HTML articles: AI disclosure, named author, unsourced claims.",
      "Folders are walked for *.html and *.htm files (in name order).",
      "Exit codes: 0 no violations, 1 a violation in some file, 2 a usage or I/O error."
    })
final class CheckCommand implements Callable<Integer> {
  static final int OK = 0;
  static final int VIOLATIONS = 1;
  static final int ERROR = 2;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = "--json", description = "Print JSON Lines, one object per file.")
  boolean json;

  @Option(
      names = "--lang",
      paramLabel = "CODE",
      description =
          "Language of the articles (ISO 639-1), instead of the declared or detected one.")
  String language;

  @Option(
      names = "--rules",
      paramLabel = "DIR",
      description =
          "Folder with rule files (common.yaml and <lang>.yaml) instead of the bundled rules.")
  Path rulesDir;

  @Option(
      names = "--max-size",
      paramLabel = "MB",
      defaultValue = "10",
      description = "Largest file to analyse, in MB (default: ${DEFAULT-VALUE}).")
  int maxMegabytes;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "HTML files or folders.")
  List<Path> paths;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (maxMegabytes < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--max-size must be at least 1 (MB)");
    }
    Analyzer analyzer;
    try {
      analyzer = rulesDir == null ? Attest.analyzer() : Attest.analyzer(rulesDir);
    } catch (RulesException e) {
      err.println("attest: rules not usable: " + e.getMessage());
      return ERROR;
    }
    if (language != null && !analyzer.hasRulesFor(language)) {
      err.println(
          "attest: no rules for language '"
              + language
              + "'; using the "
              + analyzer.rules().fallbackLanguage()
              + " rules");
    }
    Report report = json ? new JsonReport(out) : new TextReport(out, analyzer.rulesVersion());
    Outcome outcome = new Outcome();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        walk(path, analyzer, report, outcome);
      } else {
        check(path, path.toString(), analyzer, report, outcome);
      }
    }
    report.finish(outcome);
    out.flush();
    return outcome.exitCode();
  }

  /**
   * Checks the folder's HTML files in name order; an unreadable subfolder is an error line and the
   * walk goes on.
   */
  private void walk(Path dir, Analyzer analyzer, Report report, Outcome outcome) {
    java.util.List<Path> files = new java.util.ArrayList<>();
    try {
      Files.walkFileTree(
          dir,
          new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(
                Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
              if (isHtml(file)) {
                files.add(file);
              }
              return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
              report.error(file.toString(), "cannot read: " + describe(e));
              outcome.error();
              return java.nio.file.FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      report.error(dir.toString(), "cannot read folder: " + describe(e));
      outcome.error();
      return;
    }
    if (files.isEmpty()) {
      report.error(dir.toString(), "the folder has no .html or .htm files");
      outcome.error();
    }
    files.sort(null);
    for (Path file : files) {
      check(file, file.toString(), analyzer, report, outcome);
    }
  }

  private static boolean isHtml(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return (name.endsWith(".html") || name.endsWith(".htm")) && !Files.isDirectory(file);
  }

  private void check(Path file, String source, Analyzer analyzer, Report report, Outcome outcome) {
    try {
      long size = Files.size(file);
      long limit = maxMegabytes * 1024L * 1024L;
      if (size > limit) {
        throw new InvalidInputException(
            String.format(
                Locale.ROOT,
                "file is %.1f MB, larger than the %d MB limit; split it or raise --max-size",
                size / 1048576.0,
                maxMegabytes));
      }
      Analysis analysis = analyzer.analyze(Files.readAllBytes(file), language);
      report.analysis(source, analysis);
      outcome.analysed(analysis);
    } catch (InvalidInputException e) {
      report.error(source, e.getMessage());
      outcome.error();
    } catch (IOException | UncheckedIOException e) {
      report.error(source, "cannot read file: " + describe(e));
      outcome.error();
    } catch (StackOverflowError | OutOfMemoryError e) {
      report.error(
          source,
          "the file is too complex to analyse ("
              + e.getClass().getSimpleName()
              + "); check its markup");
      outcome.error();
    } catch (RuntimeException e) {
      report.error(
          source,
          "could not analyse the file: "
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage()));
      outcome.error();
    }
  }

  private static String describe(Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (cause instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (cause instanceof AccessDeniedException) {
      return "permission denied";
    }
    String message = cause.getMessage();
    return message == null ? cause.getClass().getSimpleName() : message;
  }

  /** Counts what happened, for the exit code and the summary. */
  static final class Outcome {
    int files;
    int withViolations;
    int errors;
    int claims;

    void analysed(Analysis analysis) {
      files++;
      claims += analysis.claims().size();
      if (!analysis.violations().isEmpty()) {
        withViolations++;
      }
    }

    void error() {
      errors++;
    }

    int exitCode() {
      return errors > 0 ? ERROR : withViolations > 0 ? VIOLATIONS : OK;
    }
  }

  interface Report {
    void analysis(String source, Analysis analysis);

    void error(String source, String message);

    void finish(Outcome outcome);
  }

  /** JSON Lines on standard output: one object per file, errors included, nothing else. */
  record JsonReport(PrintWriter out) implements Report {
    @Override
    public void analysis(String source, Analysis analysis) {
      print(AnalysisJson.toJson(analysis, source));
    }

    @Override
    public void error(String source, String message) {
      print(AnalysisJson.error(source, message));
    }

    private void print(Object node) {
      try {
        out.println(JSON.writeValueAsString(node));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void finish(Outcome outcome) {}
  }
}
