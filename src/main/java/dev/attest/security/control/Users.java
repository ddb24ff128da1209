package dev.attest.security.control;

import dev.attest.platform.Database;
import dev.attest.platform.Problem;
import dev.attest.platform.ProblemException;
import dev.attest.security.Roles;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/** Creates users with PBKDF2-hashed passwords and sets their roles. */
@ApplicationScoped
public class Users {
  private static final int MIN_PASSWORD = 4;

  @Resource(lookup = Database.JNDI)
  DataSource dataSource;

  @Inject Pbkdf2PasswordHash hash;

  @Inject UserStore store;

  void configureHash() {
    hash.initialize(Map.of(
        "Pbkdf2PasswordHash.Iterations", "210000",
        "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
        "Pbkdf2PasswordHash.SaltSizeBytes", "32"));
  }

  /** Removes a user and their roles. */
  public void delete(String name) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement roles = c.prepareStatement("delete from user_role where name = ?");
        PreparedStatement user = c.prepareStatement("delete from app_user where name = ?")) {
      roles.setString(1, name);
      roles.executeUpdate();
      user.setString(1, name);
      user.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    store.forget(name);
  }

  /** Whether the user exists and has this password. */
  public boolean hasPassword(String name, String password) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement q = c.prepareStatement("select password_hash from app_user where name = ?")) {
      q.setString(1, name);
      try (java.sql.ResultSet rs = q.executeQuery()) {
        return rs.next() && hash.verify(password.toCharArray(), rs.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public boolean exists(String name) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement q = c.prepareStatement("select 1 from app_user where name = ?")) {
      q.setString(1, name);
      return q.executeQuery().next();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Creates a user; 409 when the name is taken, 400 for a bad name, password or role. */
  public void create(String name, String password, Set<String> roles) {
    check(name, password, roles);
    if (exists(name)) {
      throw new ProblemException(Problem.of(409, "user-exists", "User exists", "A user named " + name + " already exists; set their roles instead."));
    }
    configureHash();
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert = c.prepareStatement("insert into app_user (name, password_hash, created_at) values (?, ?, ?)")) {
      insert.setString(1, name);
      insert.setString(2, hash.generate(password.toCharArray()));
      insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    setRoles(name, roles);
  }

  /** Replaces a user's roles; 404 for an unknown user. */
  public void setRoles(String name, Set<String> roles) {
    checkRoles(roles);
    if (!exists(name)) {
      throw new ProblemException(Problem.of(404, "unknown-user", "Unknown user", "No user is named " + name + "."));
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false); // one change: nobody signs in between with no roles
      try (PreparedStatement delete = c.prepareStatement("delete from user_role where name = ?");
          PreparedStatement insert = c.prepareStatement("insert into user_role (name, role) values (?, ?)")) {
        delete.setString(1, name);
        delete.executeUpdate();
        for (String role : new TreeSet<>(roles)) {
          insert.setString(1, name);
          insert.setString(2, role);
          insert.executeUpdate();
        }
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    store.forget(name); // after the change, so a login in between cannot cache the old roles for long
  }

  private static void check(String name, String password, Set<String> roles) {
    if (name == null || !name.matches("[A-Za-z0-9._@-]{2,100}")) {
      throw new ProblemException(Problem.of(400, "invalid-user", "Invalid user name",
          "A user name has 2 to 100 letters, digits or . _ @ -."));
    }
    if (password != null && password.indexOf(':') >= 0) {
      throw new ProblemException(Problem.of(400, "invalid-user", "Password with a colon",
          "HTTP Basic cannot carry a ':' in a password; choose one without."));
    }
    if (password == null || password.length() < MIN_PASSWORD) {
      throw new ProblemException(Problem.of(400, "invalid-user", "Password too short",
          "A password needs at least " + MIN_PASSWORD + " characters."));
    }
    checkRoles(roles);
  }

  private static void checkRoles(Set<String> roles) {
    if (roles == null || roles.isEmpty() || !Roles.ALL.containsAll(roles)) {
      throw new ProblemException(Problem.of(400, "invalid-roles", "Invalid roles",
          "roles must be a non-empty list of " + new TreeSet<>(Roles.ALL) + "."));
    }
  }
}
