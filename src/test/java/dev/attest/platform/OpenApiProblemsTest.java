package dev.attest.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.junit.jupiter.api.Test;

/** The errors the OpenAPI filter derives from how each resource method is declared. */
class OpenApiProblemsTest {
  private static final OpenApiProblems.Scan SCAN = OpenApiProblems.scan();

  @Test
  void findsEveryResourceMethodUnderTheApplicationPathAndEveryRole() {
    assertEquals(
        Set.of("EDITOR", "CHIEF_EDITOR", "AUDITOR", "ADMIN"), SCAN.allRoles(), "@DeclareRoles");
    OpenApiProblems.Declared save = SCAN.operations().get("PUT /api/articles/{id}");
    assertEquals(Set.of("EDITOR", "CHIEF_EDITOR"), save.roles());
    assertTrue(save.body());
    assertEquals(Set.of("application/json"), save.consumes());
    assertNull(SCAN.operations().get("POST /api/session").roles(), "public");
    assertTrue(SCAN.operations().containsKey("GET /api/admin/users"));
  }

  @Test
  void twoMethodsOfOneAddressAreOneOperationThatTakesWhatBothTake() {
    assertEquals(
        Set.of("application/json", "text/html", "text/plain"),
        SCAN.operations().get("POST /api/check").consumes());
  }

  @Test
  void aSaveCanGetEveryCommonError() {
    Map<String, String> errors = errors("PUT /api/articles/{id}", PathItem.HttpMethod.PUT);
    assertEquals(Set.of("400", "401", "403", "406", "413", "415", "500"), errors.keySet());
    assertTrue(errors.get("403").contains("CHIEF_EDITOR or EDITOR"), errors.get("403"));
    assertTrue(errors.get("401").contains("csrf-header-missing"), errors.get("401"));
    assertTrue(errors.get("400").contains("invalid-json"), errors.get("400"));
  }

  @Test
  void whatEveryRoleMayReadHasNo403AndABodilessGetNo413() {
    Map<String, String> errors = errors("GET /api/articles/{id}", PathItem.HttpMethod.GET);
    assertEquals(Set.of("400", "401", "406", "500"), errors.keySet());
    assertFalse(errors.get("401").contains("csrf"), "a GET needs no X-Requested-With");
  }

  @Test
  void publicOperationsHaveNo401() {
    assertFalse(errors("POST /api/session", PathItem.HttpMethod.POST).containsKey("401"));
  }

  private static Map<String, String> errors(String operation, PathItem.HttpMethod method) {
    return OpenApiProblems.errors(SCAN.operations().get(operation), SCAN.allRoles(), method);
  }
}
