package dev.attest.platform;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Hands resources a request body as {@link RequestBody}: the bytes together with the Content-Type
 * they came with, so that text is decoded by the charset the client declared. {@link BodySizeLimit}
 * has wrapped the stream already.
 */
@Provider
@Consumes(MediaType.WILDCARD)
public class RequestBodyReader implements MessageBodyReader<RequestBody> {
  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == RequestBody.class;
  }

  @Override
  public RequestBody readFrom(
      Class<RequestBody> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream entity)
      throws IOException {
    return new RequestBody(entity.readAllBytes(), mediaType);
  }
}
