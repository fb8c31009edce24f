package org.axiswatch.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReaderTest {
  private static final String PAGE = """
      <!DOCTYPE html>
      <html><head><title>Site</title>
      <style>body { color: red }</style>
      <script>var tracking = "북한 관련 광고";</script>
      </head><body>
      <header><a href="/">연합뉴스 홈</a></header>
      <nav><ul><li>정치</li><li>북한</li></ul></nav>
      <article>
        <header><h1>북러 정상회담, 무기 거래 우려 고조</h1></header>
        <p>김정은 국무위원장과 푸틴 대통령이 13일 보스토치니 우주기지에서 만났다.
           회담은 <b>4시간</b> 동안 이어졌다.</p>
        <p>정부는 "안보리 결의 위반"이라고 경고했다.<br>외교부 대변인이 밝혔다.</p>
        <ul><li>포탄 공급</li><li>위성 기술 이전</li></ul>
        <script>alert('x')</script>
        <form><input value="댓글"></form>
      </article>
      <aside>많이 본 뉴스: 연예인 근황</aside>
      <footer>Copyright 연합뉴스</footer>
      </body></html>
      """;

  @TempDir Path dir;

  @Test
  void keepsTheArticleTextOnly() throws Exception {
    Path p = dir.resolve("news.html");
    Files.writeString(p, PAGE, StandardCharsets.UTF_8);

    SourceDocument doc = new SourceReader(SourceReader.Limits.DEFAULT).read(p);

    assertThat(doc.mediaType()).isEqualTo("text/html");
    assertThat(doc.original()).isEqualTo("""
        북러 정상회담, 무기 거래 우려 고조
        김정은 국무위원장과 푸틴 대통령이 13일 보스토치니 우주기지에서 만났다. 회담은 4시간 동안 이어졌다.
        정부는 "안보리 결의 위반"이라고 경고했다.
        외교부 대변인이 밝혔다.
        - 포탄 공급
        - 위성 기술 이전
        """);
    assertThat(doc.original()).doesNotContain("tracking", "color", "연합뉴스 홈", "정치",
        "많이 본", "Copyright", "alert", "댓글");
  }

  @Test
  void bodyWhenThereIsNoArticleAndEucKrBytes() throws Exception {
    Path p = dir.resolve("old.htm");
    String html = "<html><body><nav>메뉴</nav><div>Ⅰ. 정세 평가</div><div>북한은 도발을 지속.</div>"
        + "<footer>연락처</footer></body></html>";
    Files.write(p, html.getBytes("EUC-KR"));

    SourceDocument doc = new SourceReader(SourceReader.Limits.DEFAULT).read(p);

    assertThat(doc.original()).isEqualTo("Ⅰ. 정세 평가\n북한은 도발을 지속.\n");
    assertThat(doc.encoding()).isEqualTo("CP949");
  }
}
