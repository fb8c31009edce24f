package org.axiswatch.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * One document as it goes through the stages: each stage reads the keys it requires and puts the
 * keys it adds. Values are immutable records or unmodifiable lists; a stage never changes what an
 * earlier stage put.
 */
public final class AnalyzedDocument {
  private final Map<Key<?>, Object> values = new LinkedHashMap<>();

  public <T> AnalyzedDocument put(Key<T> key, T value) {
    if (values.containsKey(key)) {
      throw new IllegalStateException("key already set, stages must not overwrite: " + key);
    }
    values.put(key, java.util.Objects.requireNonNull(value, key.name()));
    return this;
  }

  @SuppressWarnings("unchecked")
  public <T> T get(Key<T> key) {
    Object v = values.get(key);
    if (v == null) {
      throw new NoSuchElementException("no value for " + key + "; which stage adds it?");
    }
    return (T) v;
  }

  @SuppressWarnings("unchecked")
  public <T> Optional<T> find(Key<T> key) {
    return Optional.ofNullable((T) values.get(key));
  }

  public boolean has(Key<?> key) {
    return values.containsKey(key);
  }
}
