package dev.attest.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attest.analysis.AiUse;
import dev.attest.analysis.Analyzer;
import dev.attest.analysis.rules.LanguageRules;
import dev.attest.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /api/disclosure-templates?lang=de}: the rules' disclosure line for each AI-use class
 * in a language (the fallback language's lines when attest has no rules for it), so the editor
 * inserts a line the analysis recognises.
 */
@Path("disclosure-templates")
@RolesAllowed({Roles.EDITOR, Roles.CHIEF_EDITOR, Roles.ADMIN})
public class DisclosureTemplatesResource {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject Analyzer analyzer;

  @Operation(
      summary =
          "Disclosure lines per AI-use class for a language: {language, templates: {NONE: …, …}}")
  @APIResponse(responseCode = "200", description = "The lines")
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String templates(@QueryParam("lang") String lang) {
    String language =
        lang != null && analyzer.rules().supports(lang)
            ? lang
            : analyzer.rules().fallbackLanguage();
    LanguageRules rules = analyzer.rules().forLanguage(language);
    ObjectNode json = JSON.createObjectNode().put("language", language);
    ObjectNode templates = json.putObject("templates");
    for (Map.Entry<AiUse, String> line : rules.disclosureTemplates().entrySet()) {
      templates.put(line.getKey().name(), line.getValue());
    }
    return json.toString();
  }
}
