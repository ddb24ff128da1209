package dev.attest.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code target/attest-plugin.jar} with the jars in {@code target/attest-plugin-lib/} is all
 * another application needs for attest's constraints: a CMS's own article class, loaded with them
 * and a Bean Validation provider but none of attest's other classes, is refused without a
 * disclosure or author (with the message of the locale asked for) and accepted with both.
 */
class PluginJarIT {
  private static final Path TARGET = Path.of("target");

  @Test
  void holdsTheAnalysisTheConstraintsTheRulesAndTheMessagesOnly() throws Exception {
    TreeSet<String> packages = new TreeSet<>();
    try (JarFile jar = new JarFile(TARGET.resolve("attest-plugin.jar").toFile())) {
      jar.stream()
          .map(entry -> entry.getName())
          .filter(name -> name.endsWith(".class") || name.endsWith(".yaml"))
          .forEach(name -> packages.add(name.substring(0, name.lastIndexOf('/'))));
      assertTrue(jar.getEntry("ValidationMessages_nb.properties") != null);
    }
    for (String pkg : packages) {
      assertTrue(
          pkg.startsWith("dev/attest/analysis")
              || pkg.equals("dev/attest/constraints")
              || pkg.equals("dev/attest/rules"),
          () -> "nothing of the server in the plugin: " + packages);
    }
    assertTrue(packages.containsAll(List.of("dev/attest/constraints", "dev/attest/rules")));
  }

  @Test
  void validatesAnotherApplicationsArticleClass(@TempDir Path fixture) throws Exception {
    Path bean = Path.of("dev/attest/constraints/cms/CmsArticle.class");
    Files.createDirectories(fixture.resolve(bean).getParent());
    Files.copy(Path.of("target/test-classes").resolve(bean), fixture.resolve(bean));
    List<URL> urls = new ArrayList<>();
    urls.add(fixture.toUri().toURL());
    urls.add(TARGET.resolve("attest-plugin.jar").toUri().toURL());
    try (Stream<Path> lib = Files.list(TARGET.resolve("attest-plugin-lib"))) {
      for (Path jar : lib.toList()) {
        urls.add(jar.toUri().toURL());
      }
    }
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.matches(
          ".*(hibernate-validator|jakarta\\.validation-api|jboss-logging|classmate"
              + "|expressly|jakarta\\.el-api)[^/]*\\.jar")) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    ClassLoader before = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader cms =
        new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      Thread.currentThread().setContextClassLoader(cms);
      Class<?> article = cms.loadClass("dev.attest.constraints.cms.CmsArticle");
      assertEquals(cms, article.getClassLoader(), "the article class is the CMS's own");
      assertEquals(
          cms,
          cms.loadClass("dev.attest.constraints.AiDisclosure").getClassLoader(),
          "the constraints come from the plugin jar");
      Validating german = new Validating(cms, Locale.GERMAN);
      String seed = Files.readString(Path.of("src/test/resources/seed/seed-article.html"));
      Object accepted = article.getConstructor(String.class).newInstance(seed);
      assertEquals(List.of(), german.messages(accepted));
      Object refused =
          article
              .getConstructor(String.class)
              .newInstance("<p>Der Stadtrat tagte am Dienstag und beschloss den Haushalt.</p>");
      List<String> inGerman = german.messages(refused);
      assertEquals(2, inGerman.size(), inGerman::toString);
      assertTrue(
          inGerman.stream()
              .anyMatch(m -> m.contains("Dieser Artikel wurde mit Unterstützung von KI")),
          inGerman::toString);
      List<String> inEnglish = new Validating(cms, Locale.ENGLISH).messages(refused);
      assertEquals(2, inEnglish.size(), inEnglish::toString);
      assertTrue(inEnglish.stream().noneMatch(inGerman::contains), inEnglish::toString);
    } finally {
      Thread.currentThread().setContextClassLoader(before);
    }
  }

  /**
   * Bean Validation inside the CMS's class loader, in one locale, called through the Jakarta and
   * Hibernate Validator interfaces.
   */
  private static final class Validating {
    private final Object validator;
    private final Method validate;
    private final Method message;

    Validating(ClassLoader cms, Locale locale) throws Exception {
      Object bootstrap =
          cms.loadClass("jakarta.validation.Validation")
              .getMethod("byDefaultProvider")
              .invoke(null);
      Object configuration =
          cms.loadClass("jakarta.validation.bootstrap.GenericBootstrap")
              .getMethod("configure")
              .invoke(bootstrap);
      cms.loadClass("org.hibernate.validator.HibernateValidatorConfiguration")
          .getMethod("defaultLocale", Locale.class)
          .invoke(configuration, locale);
      Object factory =
          cms.loadClass("jakarta.validation.Configuration")
              .getMethod("buildValidatorFactory")
              .invoke(configuration);
      validator =
          cms.loadClass("jakarta.validation.ValidatorFactory")
              .getMethod("getValidator")
              .invoke(factory);
      validate =
          cms.loadClass("jakarta.validation.Validator")
              .getMethod("validate", Object.class, Class[].class);
      message = cms.loadClass("jakarta.validation.ConstraintViolation").getMethod("getMessage");
    }

    /** The messages of the violations of {@code bean}. */
    List<String> messages(Object bean) throws Exception {
      List<String> messages = new ArrayList<>();
      for (Object violation : (Collection<?>) validate.invoke(validator, bean, new Class<?>[0])) {
        messages.add((String) message.invoke(violation));
      }
      return messages;
    }
  }
}
