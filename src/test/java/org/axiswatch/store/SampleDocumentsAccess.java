package org.axiswatch.store;

/** Lets tests in other packages hash text the way documents are identified. */
public final class SampleDocumentsAccess {
  private SampleDocumentsAccess() {}

  public static String sha256(String text) {
    return SampleDocuments.sha256(text);
  }
}
