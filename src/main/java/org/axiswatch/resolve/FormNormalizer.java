package org.axiswatch.resolve;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key two written forms must share to count as the same name without a matcher: NFKC, lower
 * case, letters and digits only. "김 정은", "김정은" and "KIM Jong-un"/"Kim Jong Un" collapse;
 * different scripts do not (that is the romanization matcher's job).
 */
public final class FormNormalizer {
  private FormNormalizer() {}

  public static String normalize(String form) {
    String s = Normalizer.normalize(form, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
    return b.toString();
  }
}
