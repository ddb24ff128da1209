package dev.attest.platform;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each endpoint of the API takes and answers with, collected from the resource methods when
 * the application starts, so that a 415 or 406 can say what the address in question accepts (JAX-RS
 * refuses such requests before any resource method, and so before anything that knows).
 */
@Provider
public class Endpoints implements DynamicFeature {
  private static final Pattern PARAMETER = Pattern.compile("\\{[^}]*}");

  /** One resource method: its HTTP method, path template (without /api) and media types. */
  record Endpoint(String method, String template, Set<String> consumes, Set<String> produces) {
    boolean matches(String httpMethod, String path) {
      return method.equals(httpMethod) && pattern(template).matcher(path).matches();
    }
  }

  private static final Set<Endpoint> ALL = new CopyOnWriteArraySet<>();

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Endpoint endpoint = of(resource.getResourceClass(), resource.getResourceMethod());
    if (endpoint != null) {
      ALL.add(endpoint);
    }
  }

  /**
   * The endpoint that {@code method} of the resource class {@code type} serves; null when the
   * method serves no HTTP method (not a resource method).
   */
  static Endpoint of(Class<?> type, Method method) {
    String verb = httpMethod(method);
    if (verb == null) {
      return null;
    }
    return new Endpoint(
        verb,
        template(type.getAnnotation(Path.class), method.getAnnotation(Path.class)),
        types(method.getAnnotation(Consumes.class), type.getAnnotation(Consumes.class)),
        types(method.getAnnotation(Produces.class), type.getAnnotation(Produces.class)));
  }

  /**
   * The media types the endpoints at {@code path} (relative to /api) take with {@code method}, as
   * "a, b or c"; null when none is known (no such endpoint, or it takes anything).
   */
  public static String consumed(String method, String path) {
    return listed(method, path, true);
  }

  /** The media types the endpoints at {@code path} answer {@code method} with, as "a, b or c". */
  public static String produced(String method, String path) {
    return listed(method, path, false);
  }

  private static String listed(String method, String path, boolean consumes) {
    Set<String> types = new LinkedHashSet<>();
    String relative = strip(path);
    for (Endpoint endpoint : ALL) {
      if (endpoint.matches(method, relative)) {
        Set<String> some = consumes ? endpoint.consumes() : endpoint.produces();
        if (some.isEmpty()) {
          return null;
        }
        types.addAll(some);
      }
    }
    return types.isEmpty() ? null : or(new ArrayList<>(types));
  }

  /** "a", "a or b", "a, b or c". */
  static String or(List<String> items) {
    int last = items.size() - 1;
    return last == 0
        ? items.get(0)
        : String.join(", ", items.subList(0, last)) + " or " + items.get(last);
  }

  private static String httpMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        return verb.value();
      }
    }
    return null;
  }

  private static String template(Path type, Path method) {
    String joined =
        (type == null ? "" : type.value()) + "/" + (method == null ? "" : method.value());
    return strip(joined.replaceAll("/+", "/"));
  }

  private static Set<String> types(Object... annotations) {
    for (Object annotation : annotations) {
      String[] values =
          annotation instanceof Consumes c
              ? c.value()
              : annotation instanceof Produces p ? p.value() : null;
      if (values != null) {
        Set<String> types = new LinkedHashSet<>();
        for (String value : values) {
          for (String one : value.split(",")) {
            types.add(one.split(";")[0].strip());
          }
        }
        return types;
      }
    }
    return Set.of();
  }

  /** The template as a regular expression: each {parameter} is one path segment. */
  static Pattern pattern(String template) {
    StringBuilder regex = new StringBuilder();
    Matcher parameter = PARAMETER.matcher(template);
    int at = 0;
    while (parameter.find()) {
      regex.append(Pattern.quote(template.substring(at, parameter.start()))).append("[^/]+");
      at = parameter.end();
    }
    return Pattern.compile(regex.append(Pattern.quote(template.substring(at))).toString());
  }

  private static String strip(String path) {
    return path.replaceAll("^/+|/+$", "");
  }
}
