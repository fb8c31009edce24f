package org.axiswatch.search.corpus;

/**
 * Picks the form of a Korean particle that fits the word before it: 은/는, 이/가, 을/를, 과/와
 * after a final consonant or not, and 으로/로 (로 also after ㄹ). Other particles stay as written.
 */
final class KoreanParticles {
  /** Pairs: the form after a final consonant, the form after a vowel. */
  private static final String[][] PAIRS = {
    {"은", "는"}, {"이", "가"}, {"을", "를"}, {"과", "와"}, {"으로", "로"}
  };
  /** Digits read in Sino-Korean: 영 일 이 삼 사 오 육 칠 팔 구; the last sound decides. */
  private static final String DIGIT_FINAL = "YLNYNNYLLN";

  private KoreanParticles() {}

  /** {@code word} followed by {@code particle} in the form that fits it. */
  static String attach(String word, String particle) {
    for (String[] pair : PAIRS) {
      for (String form : pair) {
        if (particle.startsWith(form)) {
          String rest = particle.substring(form.length());
          char fin = finalSound(word);
          boolean consonant = fin != 'N' && !(pair[0].equals("으로") && fin == 'L');
          return word + (consonant ? pair[0] : pair[1]) + rest;
        }
      }
    }
    return word + particle;
  }

  /** 'N' no final consonant, 'L' final ㄹ, 'Y' another final consonant. */
  static char finalSound(String word) {
    char c = word.charAt(word.length() - 1);
    if (c >= '\uac00' && c <= '\ud7a3') {
      int jong = (c - 0xac00) % 28;
      return jong == 0 ? 'N' : jong == 8 ? 'L' : 'Y';
    }
    if (c >= '0' && c <= '9') {
      return DIGIT_FINAL.charAt(c - '0');
    }
    // Latin letters read aloud: L, M, N, R end in a consonant (엘, 엠, 엔, 알).
    return "lmnrLMNR".indexOf(c) >= 0 ? (c == 'l' || c == 'L' || c == 'r' || c == 'R' ? 'L' : 'Y')
        : 'N';
  }
}
