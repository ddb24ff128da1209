package dev.attest.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies over {@code attest.max-body-bytes} (default 2 MB) with 413, whether the
 * client declared the length or streams the body chunked.
 */
@Provider
public class BodySizeLimit implements ContainerRequestFilter {
  @Inject
  @ConfigProperty(name = "attest.max-body-bytes", defaultValue = "2097152")
  long maxBytes;

  /**
   * Read and discard up to this much of a refused body, so that ordinary clients get to read the
   * 413.
   */
  private static final long DRAIN_BYTES = 64L * 1024 * 1024;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > maxBytes) {
      drain(request.getEntityStream());
      throw tooLarge();
    }
    request.setEntityStream(new Limited(request.getEntityStream(), maxBytes, this));
  }

  static void drain(InputStream in) {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    try {
      for (int n = in.read(buffer); n > 0 && total < DRAIN_BYTES; n = in.read(buffer)) {
        total += n;
      }
    } catch (IOException ignored) {
      // the client went away; the 413 is still the answer
    }
  }

  ProblemException tooLarge() {
    return new ProblemException(
        Problem.of(
            413,
            "payload-too-large",
            "Request body too large",
            "The body is larger than "
                + maxBytes
                + " bytes; send a smaller article or ask an admin to raise attest.max-body-bytes."));
  }

  private static final class Limited extends FilterInputStream {
    private final long max;
    private final BodySizeLimit limit;
    private long read;

    Limited(InputStream in, long max, BodySizeLimit limit) {
      super(in);
      this.max = max;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
      int n = super.read(buffer, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > max) {
        drain(in);
        throw limit.tooLarge();
      }
    }
  }
}
