package dev.attest.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar attest-cli.jar}: the top-level command; its only subcommand today is {@code
 * check}.
 */
@Command(
    name = "attest",
    mixinStandardHelpOptions = true,
    versionProvider = AttestCommand.Version.class,
    description =
        "Checks news articles for a visible AI-use disclosure, a named author and unsourced claims.",
    subcommands = {CheckCommand.class})
public final class AttestCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String... args) {
    return command().execute(args);
  }

  /** Runs the command line with its output and errors sent to the given writers (used by tests). */
  static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    return command().setOut(out).setErr(err).execute(args);
  }

  private static CommandLine command() {
    return new CommandLine(new AttestCommand()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "missing command: try 'attest check FILE…'");
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = AttestCommand.class.getPackage().getImplementationVersion();
      return new String[] {"attest " + (version == null ? "(development build)" : version)};
    }
  }
}
