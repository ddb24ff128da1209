package dev.attest.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the errors of every operation of the OpenAPI document in one place (registered as
 * {@code mp.openapi.filter}): a {@code Problem} schema (RFC 9457) under components, the errors that
 * follow from how an operation is declared in Java, and {@code application/problem+json} with that
 * schema as the content of every 4xx and 5xx response, the operation-specific ones
 * ({@code @APIResponse} on the resource method: 404, 409, 412, 422 …) included.
 *
 * <p>What follows from the declaration: 401 when the method or its class has {@code @RolesAllowed};
 * 403 when those roles are not all the roles there are ({@code @DeclareRoles}); 400, 413 and 415
 * for a method that takes a body; 415 for one that names what it consumes; 406 for one that names
 * what it produces; 400 for a header that does not parse and 500 for the unexpected, everywhere. An
 * operation that documents such a code itself keeps its own reason first, the common one follows.
 * Public operations (no {@code @RolesAllowed} and no {@code @SecurityRequirement} of their own) get
 * the empty security requirement ({@code security: [{}]}), so the document does not ask for Basic
 * credentials there.
 */
public class OpenApiProblems implements OASFilter {
  static final String SCHEMA = "Problem";
  static final String MEDIA_TYPE = "application/problem+json";
  private static final Logger LOG = Logger.getLogger(OpenApiProblems.class.getName());
  private static final String PACKAGE = "dev/attest";
  private static final String BODY = RequestBody.class.getSimpleName();

  /** What the Java declaration of one operation says: its roles (null when public), body, types. */
  record Declared(Set<String> roles, boolean body, Set<String> consumes, Set<String> produces) {
    Declared merge(Declared other) {
      Set<String> both = null;
      if (roles != null || other.roles != null) {
        both = new TreeSet<>(roles == null ? Set.of() : roles);
        both.addAll(other.roles == null ? Set.of() : other.roles);
      }
      return new Declared(
          both,
          body || other.body,
          union(consumes, other.consumes),
          union(produces, other.produces));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
      Set<String> union = new LinkedHashSet<>(a);
      union.addAll(b);
      return union;
    }
  }

  @Override
  public void filterOpenAPI(OpenAPI openapi) {
    if (openapi.getComponents() == null) {
      openapi.setComponents(OASFactory.createComponents());
    }
    openapi.getComponents().addSchema(SCHEMA, problemSchema());
    if (openapi.getPaths() == null || openapi.getPaths().getPathItems() == null) {
      return;
    }
    Scan scan = scan();
    if (!scan.operations().isEmpty() && openapi.getComponents().getSchemas().containsKey(BODY)) {
      openapi.getComponents().removeSchema(BODY); // the Java type of bodies, not their content
    }
    for (Map.Entry<String, PathItem> path : openapi.getPaths().getPathItems().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> operation :
          path.getValue().getOperations().entrySet()) {
        String key = operation.getKey() + " " + path.getKey();
        Declared declared = scan.operations().get(key);
        if (declared == null) {
          LOG.warning(
              () -> "OpenAPI: no resource method found for " + key + "; its errors are as written");
        } else {
          document(operation.getValue(), declared, scan.allRoles(), operation.getKey());
          body(operation.getValue(), declared);
        }
        asProblems(operation.getValue());
      }
    }
  }

  /** Adds the common errors of an operation declared as {@code declared}. */
  static void document(
      Operation operation, Declared declared, Set<String> allRoles, PathItem.HttpMethod method) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    for (Map.Entry<String, String> error : errors(declared, allRoles, method).entrySet()) {
      add(operation.getResponses(), error.getKey(), error.getValue());
    }
    if (declared.roles() == null
        && (operation.getSecurity() == null || operation.getSecurity().isEmpty())) {
      // public: the empty requirement (OpenAPI's "no credentials") instead of the document's Basic;
      // an operation that needs a caller but no role says so with its own @SecurityRequirement
      operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement())));
    }
  }

  /** The errors that follow from the declaration, by status code, with their reasons. */
  static Map<String, String> errors(
      Declared declared, Set<String> allRoles, PathItem.HttpMethod method) {
    Map<String, String> errors = new LinkedHashMap<>();
    errors.put(
        "400",
        (declared.body()
                ? "A body that is not what the operation takes: malformed JSON or more than one"
                    + " object (invalid-json), a field of the wrong type or with a NUL character"
                    + " (invalid-field), bytes not valid in its charset (invalid-encoding); a"
                : "A")
            + " request header that does not parse (such as Accept or Content-Type)");
    if (declared.roles() != null) {
      errors.put(
          "401",
          "No or wrong credentials (with a Basic challenge, except for attest's own pages, which"
              + " send X-Requested-With: attest); while failed logins lock the name it says for"
              + " how many seconds"
              + (method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD
                  ? ""
                  : "; a browser session without X-Requested-With: attest"
                      + " (csrf-header-missing)"));
      if (allRoles.isEmpty() || !declared.roles().containsAll(allRoles)) {
        errors.put(
            "403",
            "Not allowed for the caller's roles (forbidden): needs the role "
                + String.join(" or ", declared.roles()));
      }
    }
    if (!declared.produces().isEmpty() && !declared.produces().contains("*/*")) {
      errors.put(
          "406",
          "Accept names none of "
              + Endpoints.or(new ArrayList<>(declared.produces()))
              + " (not-acceptable)");
    }
    if (declared.body()) {
      errors.put(
          "413",
          "The body is over attest.max-body-bytes (default 2 MB), declared or streamed"
              + " (payload-too-large)");
    }
    if (!declared.consumes().isEmpty() || declared.body()) {
      errors.put(
          "415",
          (declared.consumes().isEmpty()
                  ? ""
                  : "Content-Type is none of "
                      + Endpoints.or(new ArrayList<>(declared.consumes()))
                      + " (unsupported-media-type)")
              + (declared.body()
                  ? (declared.consumes().isEmpty() ? "" : ", or ")
                      + "its charset is one Java does not know (unsupported-charset)"
                  : ""));
    }
    errors.put(
        "500",
        "An unexpected error (internal-error), without a stack trace; the server log has it");
    return errors;
  }

  /**
   * Adds {@code reason} for {@code code}: as the response when the operation has none, else after
   * the operation's own reason.
   */
  private static void add(APIResponses responses, String code, String reason) {
    APIResponse response = responses.getAPIResponse(code);
    if (response == null) {
      responses.addAPIResponse(code, OASFactory.createAPIResponse().description(reason));
    } else if (response.getDescription() == null || response.getDescription().isBlank()) {
      response.setDescription(reason);
    } else if (!response.getDescription().contains(reason)) {
      response.setDescription(response.getDescription() + ". Also: " + reason);
    }
  }

  /**
   * The request body by every media type the operation consumes (two resource methods of one
   * address and HTTP method are one operation, documented by one of them), each as what it is: a
   * JSON object or text, not the Java type that reads it.
   */
  static void body(Operation operation, Declared declared) {
    if (!declared.body() || declared.consumes().isEmpty()) {
      return;
    }
    if (operation.getRequestBody() == null) {
      operation.setRequestBody(OASFactory.createRequestBody());
    }
    Content content = OASFactory.createContent();
    for (String type : declared.consumes()) {
      boolean json = type.equals("application/json") || type.endsWith("+json");
      content.addMediaType(
          type,
          OASFactory.createMediaType()
              .schema(
                  OASFactory.createSchema()
                      .type(json ? Schema.SchemaType.OBJECT : Schema.SchemaType.STRING)));
    }
    operation.getRequestBody().setContent(content);
    operation.getRequestBody().setRequired(Boolean.TRUE);
  }

  /** Every 4xx and 5xx response of the operation as problem+json. */
  static void asProblems(Operation operation) {
    if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
      return;
    }
    for (Map.Entry<String, APIResponse> response :
        operation.getResponses().getAPIResponses().entrySet()) {
      if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
        Content content = OASFactory.createContent();
        content.addMediaType(
            MEDIA_TYPE,
            OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/" + SCHEMA)));
        response.getValue().setContent(content);
      }
    }
  }

  /** RFC 9457 with attest's extension members. */
  static Schema problemSchema() {
    Schema violation =
        schema(
                Schema.SchemaType.OBJECT,
                "One requirement the article does not meet (422), or one constraint that refused"
                    + " it")
            .addProperty("code", text("A stable code, such as MISSING_DISCLOSURE"))
            .addProperty("message", text("What is missing, in the article's language"))
            .addProperty("hint", text("How to fix it, in the article's language"))
            .addProperty("path", text("The property a constraint refused (constraint-violation)"))
            .required(List.of("code", "message"));
    return schema(
            Schema.SchemaType.OBJECT,
            "An RFC 9457 problem (application/problem+json); further members may follow, as RFC"
                + " 9457 allows")
        .addProperty(
            "type",
            text("The kind of problem, stable for clients to switch on: /problems/<name>")
                .format("uri-reference"))
        .addProperty("title", text("What went wrong, in short"))
        .addProperty("status", schema(Schema.SchemaType.INTEGER, "The HTTP status code"))
        .addProperty("detail", text("The specifics, and how to do it right"))
        .addProperty(
            "violations",
            schema(Schema.SchemaType.ARRAY, "On a 422: what the article lacks").items(violation))
        .addProperty("language", text("On a 422 for an article: the language it was read in"))
        .required(List.of("type", "title", "status", "detail"))
        .additionalPropertiesBoolean(Boolean.TRUE);
  }

  private static Schema text(String description) {
    return schema(Schema.SchemaType.STRING, description);
  }

  private static Schema schema(Schema.SchemaType type, String description) {
    return OASFactory.createSchema().type(type).description(description);
  }

  /** The resource methods of the application by "METHOD /path", and every role it declares. */
  record Scan(Map<String, Declared> operations, Set<String> allRoles) {}

  static Scan scan() {
    List<Class<?>> classes = classes(OpenApiProblems.class.getClassLoader());
    String root = "";
    Set<String> allRoles = new TreeSet<>();
    for (Class<?> type : classes) {
      ApplicationPath application = type.getAnnotation(ApplicationPath.class);
      if (application != null) {
        root = application.value();
      }
      DeclareRoles declared = type.getAnnotation(DeclareRoles.class);
      if (declared != null) {
        allRoles.addAll(List.of(declared.value()));
      }
    }
    Map<String, Declared> operations = new LinkedHashMap<>();
    for (Class<?> type : classes) {
      if (type.getAnnotation(Path.class) == null) {
        continue;
      }
      for (Method method : type.getMethods()) {
        Endpoints.Endpoint endpoint = Endpoints.of(type, method);
        if (endpoint != null) {
          String key =
              endpoint.method()
                  + " "
                  + ("/" + root + "/" + endpoint.template())
                      .replaceAll("\\{([^}:]+?)\\s*:[^}]*}", "{$1}")
                      .replaceAll("/+", "/")
                      .replaceAll("(.)/$", "$1");
          Declared found =
              new Declared(
                  roles(type, method), body(method), endpoint.consumes(), endpoint.produces());
          operations.merge(key, found, Declared::merge);
        }
      }
    }
    if (operations.isEmpty()) {
      LOG.severe("OpenAPI: no resource classes found; the document's errors are as written");
    }
    return new Scan(operations, allRoles);
  }

  /** The roles the method allows (its own annotation, else its class's), or null when public. */
  private static Set<String> roles(Class<?> type, Method method) {
    if (method.getAnnotation(PermitAll.class) != null) {
      return null;
    }
    RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
    if (allowed == null && type.getAnnotation(PermitAll.class) == null) {
      allowed = type.getAnnotation(RolesAllowed.class);
    }
    return allowed == null ? null : new TreeSet<>(List.of(allowed.value()));
  }

  /** Whether the method takes a body: a parameter without annotations is the entity. */
  private static boolean body(Method method) {
    for (Parameter parameter : method.getParameters()) {
      if (parameter.getAnnotations().length == 0) {
        return true;
      }
    }
    return false;
  }

  /** The application's classes under dev/attest, from folders or a jar. */
  private static List<Class<?>> classes(ClassLoader loader) {
    List<Class<?>> classes = new ArrayList<>();
    try {
      for (URL url : Collections.list(loader.getResources(PACKAGE))) {
        for (String name : classNames(url)) {
          try {
            classes.add(Class.forName(name, false, loader));
          } catch (ClassNotFoundException | LinkageError notLoadable) {
            // a class of the command line whose library the WAR lacks: no resource
          }
        }
      }
    } catch (IOException | URISyntaxException e) {
      LOG.log(Level.SEVERE, "OpenAPI: cannot list the application's classes", e);
    }
    return classes;
  }

  private static List<String> classNames(URL url) throws IOException, URISyntaxException {
    if ("file".equals(url.getProtocol())) {
      java.nio.file.Path folder = java.nio.file.Path.of(url.toURI());
      return names(folder, folder.resolve("../..").normalize());
    }
    if ("jar".equals(url.getProtocol())) {
      try (FileSystem jar = FileSystems.newFileSystem(url.toURI(), Map.of())) {
        return names(jar.getPath("/" + PACKAGE), jar.getPath("/"));
      } catch (FileSystemAlreadyExistsException openElsewhere) {
        // someone else's, left open for them
        FileSystem jar = FileSystems.getFileSystem(url.toURI());
        return names(jar.getPath("/" + PACKAGE), jar.getPath("/"));
      }
    }
    return List.of();
  }

  private static List<String> names(java.nio.file.Path folder, java.nio.file.Path root)
      throws IOException {
    try (Stream<java.nio.file.Path> files = Files.walk(folder)) {
      return files
          .map(file -> root.relativize(file).toString())
          .filter(name -> name.endsWith(".class") && !name.contains("-"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .toList();
    }
  }
}
