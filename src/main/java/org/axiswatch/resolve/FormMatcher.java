package org.axiswatch.resolve;

/**
 * The seam for name matching across scripts and spellings (김정은 / Kim Jong Un / Kim Chong-un):
 * the name matcher of the sanctions work plugs in here. Without it, forms match only when their
 * {@link FormNormalizer} keys are equal.
 */
@FunctionalInterface
public interface FormMatcher {
  /** How sure we are that two forms name the same thing of the given type: 0 (no) to 1 (same). */
  double similarity(String a, String b);

  /** Only equal normalized keys match. */
  FormMatcher EXACT = (a, b) -> FormNormalizer.normalize(a).equals(FormNormalizer.normalize(b)) ? 1 : 0;
}
