package dev.attest.articles.entity;

/** A sign-off without what its decision needs (a note, or an http(s) evidence URL). */
public class InvalidSignOff extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidSignOff(String message) {
    super(message);
  }
}
