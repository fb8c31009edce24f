package org.axiswatch.web;

/** Small documents for the web tests, written for them (real-looking, not from any source). */
final class Corpus {
  static final String KOREAN = String.join("\n",
      "북러 협력 동향 메모",
      "1. 배경",
      "2024-06-19 푸틴 대통령이 평양에서 김정은 위원장과 회담했다.",
      "북한은 러시아에 포탄 수백만 발을 제공한 것으로 알려졌다.",
      "2. 전망",
      "김영철은 협력이 계속될 것이라고 밝혔다.",
      "");

  static final String ENGLISH = String.join("\n",
      "Notes on arms flows",
      "2023-10-05 North Korea supplied artillery shells to Russia by rail, officials said.",
      "2023-11-20 Vladimir Putin thanked North Korea in a call.",
      "");

  /** Text a hostile page could carry; it must reach the analyst as text, never as markup. */
  static final String HOSTILE = String.join("\n",
      "<script>window.pwned=1</script>",
      "<img src=x onerror=window.pwned=1> 북한 포탄",
      "<a href=\"javascript:window.pwned=1\">click</a>",
      "2024-01-02 <img src=x onerror=window.pwned=1> 러시아 회담",
      "\"><svg onload=window.pwned=1>",
      "");

  private Corpus() {}
}
