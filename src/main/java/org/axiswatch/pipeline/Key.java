package org.axiswatch.pipeline;

import java.util.Objects;

/**
 * A typed key on the {@link AnalyzedDocument}. Each stage declares the keys of what it adds next to
 * the record type it adds, so a reader finds the key where the data type is defined.
 *
 * <p>Identity is the instance: two keys with the same name are different keys.
 *
 * @param <T> the type of the value stored under this key
 */
public final class Key<T> {
  private final String name;

  private Key(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  public static <T> Key<T> named(String name) {
    return new Key<>(name);
  }

  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
