package dev.attest.security.control;

import dev.attest.platform.Database;
import dev.attest.platform.Problem;
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
 * (as a SHA-256 of the password, never the password) together with the user's credentials version,
 * which every password change counts up, so a changed password stops working at once on every
 * server. Roles are read afresh on every request. Repeated failures lock a name for a while ({@link
 * LoginThrottle}).
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

  private record Remembered(String passwordDigest, int credentialsVersion, long until) {}

  /**
   * A user as stored now.
   *
   * @param name the name the user is stored under (a sign-in may give it in another case)
   * @param credentialsVersion counts the changes of the user's password
   */
  public record Account(
      String name, String passwordHash, int credentialsVersion, Set<String> roles) {}

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    if (!UserNames.valid(login.getCaller())) {
      return CredentialValidationResult.INVALID_RESULT; // no user can have this name
    }
    String name = UserNames.key(login.getCaller());
    if (throttle.isLocked(name)) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    String digest = digest(login.getPasswordAsString());
    Account account = account(name);
    Remembered known = remembered.get(name);
    if (account != null
        && known != null
        && known.until() > System.currentTimeMillis()
        && known.credentialsVersion() == account.credentialsVersion()
        && MessageDigest.isEqual(
            known.passwordDigest().getBytes(StandardCharsets.UTF_8),
            digest.getBytes(StandardCharsets.UTF_8))) {
      return new CredentialValidationResult(account.name(), account.roles());
    }
    // an unknown name costs the same PBKDF2 check as a known one, so timing does not tell which
    // names exist
    boolean valid =
        hash.verify(
            login.getPassword().getValue(),
            account != null ? account.passwordHash() : unknownUserHash());
    if (account == null || !valid) {
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
    remembered.put(
        name,
        new Remembered(
            digest,
            account.credentialsVersion(),
            System.currentTimeMillis() + REMEMBER_SECONDS * 1000));
    return new CredentialValidationResult(account.name(), account.roles());
  }

  /**
   * The user named {@code name} in any case as stored now (name, password hash, credentials
   * version, roles), or null if unknown or disabled: a disabled user signs in as little as one who
   * never existed, and their sessions count no more.
   */
  public Account account(String name) {
    if (!UserNames.valid(name)) {
      return null;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "select u.name, u.password_hash, u.credentials_version, r.role from app_user u"
                    + " left join user_role r on r.name = u.name"
                    + " where u.name_key = ? and u.disabled_at is null")) {
      q.setString(1, UserNames.key(name));
      try (ResultSet rs = q.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        String stored = rs.getString(1);
        String passwordHash = rs.getString(2);
        int version = rs.getInt(3);
        Set<String> roles = new HashSet<>();
        do {
          if (rs.getString(4) != null) {
            roles.add(rs.getString(4));
          }
        } while (rs.next());
        return new Account(stored, passwordHash, version, Set.copyOf(roles));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read users: " + e.getMessage(), e);
    }
  }

  private volatile String unknownUserHash;

  private String unknownUserHash() {
    if (unknownUserHash == null) {
      hash.initialize(Users.HASH_PARAMETERS);
      unknownUserHash = hash.generate(java.util.UUID.randomUUID().toString().toCharArray());
    }
    return unknownUserHash;
  }

  /** Forgets a remembered login, after its password changed or the user was removed or disabled. */
  public void forget(String name) {
    remembered.remove(UserNames.key(name));
  }

  /**
   * While failed logins lock {@code name} (on this server), the refusal that says for how long,
   * with {@code status} (429 where attest answers itself, 401 for HTTP Basic); else null.
   */
  public Problem locked(String name, int status) {
    long seconds = UserNames.valid(name) ? throttle.lockedSeconds(UserNames.key(name)) : 0;
    if (seconds == 0) {
      return null;
    }
    return Problem.of(
        status,
        "locked",
        "Locked after wrong passwords",
        "After "
            + LoginThrottle.MAX_FAILURES
            + " wrong passwords in a row the name "
            + name
            + " is locked for "
            + LoginThrottle.LOCK_SECONDS
            + " seconds, "
            + seconds
            + " more now; the password is not checked until then. Try again then, or ask an admin to"
            + " set a new password (which ends the lock).");
  }

  /** Ends a lock after failed logins, when an admin has just set a new password. */
  public void unlock(String name) {
    throttle.succeeded(UserNames.key(name));
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
