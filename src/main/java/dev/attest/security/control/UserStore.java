package dev.attest.security.control;

import dev.attest.platform.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.sql.DataSource;

/**
 * The identity store: users and roles from the database, passwords checked against their PBKDF2
 * hashes. A PBKDF2 check costs tens of milliseconds by design, and HTTP Basic sends the password
 * with every request, so a successful check is remembered for {@value #REMEMBER_SECONDS} seconds
 * (as a SHA-256 of the password, never the password); creating a user or changing roles forgets it
 * at once. Repeated failures lock a name for a while ({@link LoginThrottle}).
 */
@ApplicationScoped
public class UserStore implements IdentityStore {
  static final long REMEMBER_SECONDS = 300;
  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(UserStore.class.getName());

  @Resource(lookup = Database.JNDI)
  DataSource dataSource;

  @Inject Pbkdf2PasswordHash hash;

  private final ConcurrentMap<String, Remembered> remembered = new ConcurrentHashMap<>();

  private final LoginThrottle throttle = new LoginThrottle(System::currentTimeMillis);

  private record Remembered(String passwordDigest, Set<String> roles, long until) {}

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String name = login.getCaller();
    if (throttle.isLocked(name)) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    String digest = digest(login.getPasswordAsString());
    Remembered known = remembered.get(name);
    if (known != null
        && known.until() > System.currentTimeMillis()
        && MessageDigest.isEqual(
            known.passwordDigest().getBytes(StandardCharsets.UTF_8),
            digest.getBytes(StandardCharsets.UTF_8))) {
      return new CredentialValidationResult(name, known.roles());
    }
    try (Connection c = dataSource.getConnection()) {
      String stored = passwordHash(c, name);
      // an unknown name costs the same PBKDF2 check as a known one, so timing does not tell which
      // names exist
      boolean valid =
          hash.verify(login.getPassword().getValue(), stored != null ? stored : unknownUserHash());
      if (stored == null || !valid) {
        if (throttle.failed(name)) {
          LOG.warning(
              LoginThrottle.MAX_FAILURES
                  + " failed logins in a row for '"
                  + name
                  + "': refused for "
                  + LoginThrottle.LOCK_SECONDS
                  + " s");
        }
        return CredentialValidationResult.INVALID_RESULT;
      }
      throttle.succeeded(name);
      Set<String> roles = roles(c, name);
      remembered.put(
          name,
          new Remembered(digest, roles, System.currentTimeMillis() + REMEMBER_SECONDS * 1000));
      return new CredentialValidationResult(name, roles);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read users: " + e.getMessage(), e);
    }
  }

  private volatile String unknownUserHash;

  private String unknownUserHash() {
    if (unknownUserHash == null) {
      hash.initialize(
          java.util.Map.of(
              "Pbkdf2PasswordHash.Iterations", "210000",
              "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
              "Pbkdf2PasswordHash.SaltSizeBytes", "32"));
      unknownUserHash = hash.generate(java.util.UUID.randomUUID().toString().toCharArray());
    }
    return unknownUserHash;
  }

  /** Forgets a remembered login, after its password or roles changed. */
  public void forget(String name) {
    remembered.remove(name);
  }

  private static String passwordHash(Connection c, String name) throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement("select password_hash from app_user where name = ?")) {
      q.setString(1, name);
      try (ResultSet rs = q.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static Set<String> roles(Connection c, String name) throws SQLException {
    Set<String> roles = new HashSet<>();
    try (PreparedStatement q = c.prepareStatement("select role from user_role where name = ?")) {
      q.setString(1, name);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          roles.add(rs.getString(1));
        }
      }
    }
    return Set.copyOf(roles);
  }

  private static String digest(String password) {
    try {
      byte[] bytes =
          MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
