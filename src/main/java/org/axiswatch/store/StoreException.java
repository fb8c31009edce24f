package org.axiswatch.store;

/** The store cannot be opened, read or written; the message says which and why. */
public final class StoreException extends Exception {
  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
