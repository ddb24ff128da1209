package dev.attest.security.control;

import dev.attest.audit.control.AuditLog;
import dev.attest.audit.entity.EventType;
import dev.attest.platform.Database;
import dev.attest.platform.Problem;
import dev.attest.platform.ProblemException;
import dev.attest.platform.UtcClock;
import dev.attest.security.Roles;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Creates users with PBKDF2-hashed passwords and sets their roles; every change is in the audit
 * trail, in the same transaction.
 */
@ApplicationScoped
@Transactional
public class Users {
  private static final int MAX_DISPLAY_NAME = 200;

  /**
   * At least this long (NIST SP 800-63B asks for 8 at least; a newsroom's editorial accounts
   * deserve more).
   */
  static final int MIN_PASSWORD = 12;

  @Resource(lookup = Database.JNDI)
  DataSource dataSource;

  @Inject Pbkdf2PasswordHash hash;

  @Inject UserStore store;

  @Inject AuditLog audit;

  /** How passwords are hashed; the identity store checks unknown names with the same cost. */
  static final Map<String, String> HASH_PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Iterations", "210000",
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
          "Pbkdf2PasswordHash.SaltSizeBytes", "32");

  void configureHash() {
    hash.initialize(HASH_PARAMETERS);
  }

  /**
   * A user as an admin sees them.
   *
   * @param displayName the name in their bylines, or null when it is their user name
   * @param roles sorted by name
   * @param disabledAt when an admin disabled the user, or null while they may sign in
   */
  public record Summary(
      String name,
      String displayName,
      SortedSet<String> roles,
      OffsetDateTime createdAt,
      OffsetDateTime disabledAt) {}

  /** Every user with their roles, by name. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Summary> list() {
    List<Summary> users = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "select u.name, u.display_name, u.created_at, r.role, u.disabled_at from app_user u"
                    + " left join user_role r on r.name = u.name order by u.name, r.role");
        ResultSet rs = q.executeQuery()) {
      String last = null;
      SortedSet<String> roles = null; // the last user's, seen through their read-only view
      while (rs.next()) {
        if (!rs.getString(1).equals(last)) {
          last = rs.getString(1);
          roles = new TreeSet<>();
          users.add(
              new Summary(
                  last,
                  rs.getString(2),
                  Collections.unmodifiableSortedSet(roles),
                  rs.getObject(3, OffsetDateTime.class),
                  rs.getObject(5, OffsetDateTime.class)));
        }
        if (rs.getString(4) != null) {
          roles.add(rs.getString(4));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return List.copyOf(users);
  }

  /** Removes a user and their roles. */
  public void delete(String name, String actor) {
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
    audit.record(EventType.USER_DELETED, actor, null, Map.of("user", name));
    store.forget(name);
  }

  /**
   * The name the user is known by in bylines; their user name when none was given; null for an
   * unknown user.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String displayName(String name) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement q =
            c.prepareStatement("select display_name from app_user where name = ?")) {
      q.setString(1, name);
      try (ResultSet rs = q.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        String display = rs.getString(1);
        return display == null || display.isBlank() ? name : display;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether the user exists and has this password. */
  public boolean hasPassword(String name, String password) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement q =
            c.prepareStatement("select password_hash from app_user where name = ?")) {
      q.setString(1, name);
      try (ResultSet rs = q.executeQuery()) {
        return rs.next() && hash.verify(password.toCharArray(), rs.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether a user of this name exists, in any case ("Anna" is "anna"). */
  public boolean exists(String name) {
    return storedName(name) != null;
  }

  /**
   * The name a user is stored under whose name is {@code name} in any case, or null when there is
   * none.
   */
  private String storedName(String name) {
    if (!UserNames.valid(name)) {
      return null; // no such name can be stored; never sent to the database (NUL, length)
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement q = c.prepareStatement("select name from app_user where name_key = ?")) {
      q.setString(1, UserNames.key(name));
      try (ResultSet rs = q.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The stored name of the user named {@code name} in any case; 404 when there is none. */
  private String known(String name) {
    String stored = storedName(name);
    if (stored == null) {
      throw unknownUser(name);
    }
    return stored;
  }

  /**
   * Creates a user under the name in lower case; 409 when the name is taken in any case, 400 for a
   * bad name, password or role.
   *
   * @param displayName the name in their bylines (four eyes: nobody approves their own byline), or
   *     null
   * @return the name the user is stored under
   */
  public String create(
      String name, String password, String displayName, Set<String> roles, String actor) {
    check(name, password, roles);
    String stored = UserNames.key(name);
    checkNewPassword(stored, password);
    insert(stored, password, displayName, roles, actor);
    return stored;
  }

  /**
   * Creates one of demo mode's accounts, whose short shared password is known to everybody: demo
   * mode warns about it at startup, and {@link AccountSeeding} removes these accounts once it is
   * off.
   */
  void createDemoAccount(
      String name, String password, String displayName, String role, String actor) {
    check(name, password, Set.of(role));
    insert(name, password, displayName, Set.of(role), actor);
  }

  private void insert(
      String name, String password, String displayName, Set<String> roles, String actor) {
    if (displayName != null && displayName.strip().length() > MAX_DISPLAY_NAME) {
      throw new ProblemException(
          Problem.of(
              400,
              "invalid-user",
              "Display name too long",
              "A display name has at most " + MAX_DISPLAY_NAME + " characters."));
    }
    String taken = storedName(name);
    if (taken != null) {
      throw userExists(taken);
    }
    configureHash();
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into app_user (name, password_hash, created_at, display_name) values (?, ?, ?, ?)")) {
      insert.setString(1, name);
      insert.setString(2, hash.generate(password.toCharArray()));
      insert.setObject(3, UtcClock.now());
      insert.setString(
          4, displayName == null || displayName.isBlank() ? null : displayName.strip());
      insert.executeUpdate();
    } catch (SQLException e) {
      if ("23505".equals(e.getSQLState())) {
        throw userExists(name); // created by another request just now
      }
      throw new IllegalStateException(e);
    }
    writeRoles(name, roles);
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("user", name);
    payload.put("displayName", displayName);
    payload.put("roles", new TreeSet<>(roles));
    audit.record(EventType.USER_CREATED, actor, null, payload);
  }

  /**
   * Sets a new password for a user who has just proved their current one; their remembered logins
   * and other browser sessions end.
   *
   * @return the user's new credentials version
   */
  public int changePassword(String name, String current, String next) {
    checkNewPassword(name, next);
    if (next.equals(current)) {
      throw new ProblemException(
          Problem.of(
              400,
              "invalid-password",
              "Same password",
              "The new password is the current one; choose a different one."));
    }
    int version = writePassword(name, next);
    audit.record(EventType.PASSWORD_CHANGED, name, null, Map.of("user", name));
    return version;
  }

  /**
   * An admin sets a new password for another user (who forgot theirs, or whose password leaked):
   * the user's sessions end; 404 for an unknown user, 409 for the admin's own (that needs the
   * current password, {@link #changePassword}).
   */
  public void resetPassword(String userName, String password, String actor) {
    String name = known(userName);
    if (name.equals(actor)) {
      throw new ProblemException(
          Problem.of(
              409,
              "own-password",
              "Your own password",
              "Change your own password with PUT /api/me/password (the account page): it asks for"
                  + " the current one."));
    }
    checkNewPassword(name, password);
    writePassword(name, password);
    audit.record(EventType.PASSWORD_RESET, actor, null, Map.of("user", name));
  }

  /** Stores the password's hash and counts the credentials version up; returns the new version. */
  private int writePassword(String name, String password) {
    configureHash();
    try (Connection c = dataSource.getConnection();
        PreparedStatement update =
            c.prepareStatement(
                "update app_user set password_hash = ?,"
                    + " credentials_version = credentials_version + 1 where name = ?");
        PreparedStatement version =
            c.prepareStatement("select credentials_version from app_user where name = ?")) {
      update.setString(1, hash.generate(password.toCharArray()));
      update.setString(2, name);
      if (update.executeUpdate() != 1) {
        throw unknownUser(name);
      }
      version.setString(1, name);
      try (ResultSet rs = version.executeQuery()) {
        rs.next();
        store.forget(name);
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ProblemException userExists(String taken) {
    return new ProblemException(
        Problem.of(
            409,
            "user-exists",
            "User exists",
            "A user named "
                + taken
                + " already exists (names are the same whatever their case); choose another name,"
                + " or set their roles instead."));
  }

  private static ProblemException unknownUser(String name) {
    return new ProblemException(
        Problem.of(404, "unknown-user", "Unknown user", "No user is named " + name + "."));
  }

  /** What a password chosen now must be: long enough, not blank, not the user's name. */
  private static void checkNewPassword(String name, String password) {
    checkPassword(password);
    if (password.isBlank() || password.codePointCount(0, password.length()) < MIN_PASSWORD) {
      throw new ProblemException(
          Problem.of(
              400,
              "invalid-password",
              "Password too short",
              "A password needs at least "
                  + MIN_PASSWORD
                  + " characters; a passphrase of a few words"
                  + " is easy to remember."));
    }
    if (password.strip().equalsIgnoreCase(name)) {
      throw new ProblemException(
          Problem.of(
              400,
              "invalid-password",
              "Password is the user name",
              "A password must not be the user name; a passphrase of a few words is easy to"
                  + " remember."));
    }
  }

  /**
   * Disables a user, who can then no longer sign in (their sessions and remembered logins end on
   * every server, as after a password change), or lets a disabled user sign in again. The account
   * stays, as its revisions, sign-offs and audit events name it. 404 for an unknown user, 409 for
   * the admin's own account; a change to the state the user is in already changes nothing and is
   * not recorded.
   */
  public void setDisabled(String userName, boolean disabled, String actor) {
    String name = known(userName);
    if (name.equals(actor)) {
      throw new ProblemException(
          Problem.of(
              409,
              "own-account",
              "Your own account",
              "You cannot disable or enable your own account; another admin can."));
    }
    if (disabled) {
      refuseIfLastAdmin(name);
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement update =
            c.prepareStatement(
                "update app_user set disabled_at = ?,"
                    + " credentials_version = credentials_version + 1"
                    + " where name = ? and (disabled_at is null) = ?")) {
      update.setObject(1, disabled ? UtcClock.now() : null);
      update.setString(2, name);
      update.setBoolean(3, disabled);
      if (update.executeUpdate() == 0) {
        return; // already in that state
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    store.forget(name);
    audit.record(
        disabled ? EventType.USER_DISABLED : EventType.USER_ENABLED,
        actor,
        null,
        Map.of("user", name));
  }

  /** Replaces a user's roles; 404 for an unknown user. */
  public void setRoles(String userName, Set<String> roles, String actor) {
    checkRoles(roles);
    String name = known(userName);
    keepAnAdmin(name, roles);
    writeRoles(name, roles); // read afresh on every request: the change applies at once
    audit.record(
        EventType.ROLES_CHANGED, actor, null, Map.of("user", name, "roles", new TreeSet<>(roles)));
  }

  /**
   * Refuses (409) roles that would leave no enabled user with ADMIN, as nobody could then manage
   * users.
   */
  private void keepAnAdmin(String name, Set<String> roles) {
    if (!roles.contains(Roles.ADMIN)) {
      refuseIfLastAdmin(name);
    }
  }

  /**
   * Refuses (409) to take ADMIN from, or to disable, the only enabled admin. The admins' role rows
   * stay locked until the transaction ends, and who is disabled is read after the lock is held, so
   * two admins who take each other's ADMIN or disable each other at the same moment do not both
   * succeed.
   */
  private void refuseIfLastAdmin(String name) {
    Set<String> admins = new TreeSet<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement q =
            c.prepareStatement("select name from user_role where role = ? for update")) {
      q.setString(1, Roles.ADMIN);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          admins.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    admins.removeAll(disabledUsers());
    if (admins.equals(Set.of(name))) {
      throw new ProblemException(
          Problem.of(
              409,
              "last-admin",
              "The last admin",
              name
                  + " is the only enabled user with ADMIN; give another user ADMIN first, or nobody"
                  + " could manage users any more."));
    }
  }

  private Set<String> disabledUsers() {
    Set<String> disabled = new TreeSet<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement q =
            c.prepareStatement("select name from app_user where disabled_at is not null");
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        disabled.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return disabled;
  }

  /** In the caller's transaction: nobody signs in between with no roles. */
  private void writeRoles(String name, Set<String> roles) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement delete = c.prepareStatement("delete from user_role where name = ?");
        PreparedStatement insert =
            c.prepareStatement("insert into user_role (name, role) values (?, ?)")) {
      delete.setString(1, name);
      delete.executeUpdate();
      for (String role : new TreeSet<>(roles)) {
        insert.setString(1, name);
        insert.setString(2, role);
        insert.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void check(String name, String password, Set<String> roles) {
    if (!UserNames.valid(name)) {
      throw new ProblemException(
          Problem.of(
              400,
              "invalid-user",
              "Invalid user name",
              "A user name has 2 to 100 letters, digits or . _ @ -."));
    }
    checkPassword(password);
    checkRoles(roles);
  }

  /** What every password must be, a demo account's too: present, and sendable with HTTP Basic. */
  private static void checkPassword(String password) {
    if (password != null && password.indexOf(':') >= 0) {
      throw new ProblemException(
          Problem.of(
              400,
              "invalid-password",
              "Password with a colon",
              "HTTP Basic cannot carry a ':' in a password; choose one without."));
    }
    if (password == null || password.isEmpty()) {
      throw new ProblemException(
          Problem.of(400, "invalid-password", "Password missing", "A user needs a password."));
    }
  }

  private static void checkRoles(Set<String> roles) {
    if (roles == null || roles.isEmpty() || !Roles.ALL.containsAll(roles)) {
      throw new ProblemException(
          Problem.of(
              400,
              "invalid-roles",
              "Invalid roles",
              "roles must be a non-empty list of " + new TreeSet<>(Roles.ALL) + "."));
    }
  }
}
