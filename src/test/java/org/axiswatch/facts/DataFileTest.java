package org.axiswatch.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataFileTest {

  private static List<DataEntry> read(String yaml) throws Exception {
    return DataFile.read("facts/test.yaml",
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theShippedFilesLoad() {
    FactLexicon lexicon = FactLexicon.shipped();
    assertThat(lexicon.triggers().all()).hasSizeGreaterThan(40);
    // every type has a trigger word, except TRANSFER, which comes from completed exchanges
    assertThat(lexicon.triggers().all()).extracting(Trigger::type).containsAll(
        java.util.EnumSet.complementOf(java.util.EnumSet.of(EventType.TRANSFER)));
  }

  @Test
  void everyEntryKeepsItsLine() throws Exception {
    List<DataEntry> entries = read("# note\n- {term: 전망, lang: ko, level: LIKELY}\n\n- term: likely\n  lang: en\n  level: LIKELY\n");
    assertThat(entries).extracting(DataEntry::line).containsExactly(2, 4);
  }

  @Test
  void aBadLevelNamesFileAndLine() {
    assertThatThrownBy(() -> HedgeLexicon.load(read(
        "- {term: 전망, lang: ko, level: LIKELY}\n- {term: 아마, lang: ko, level: MAYBE}\n")))
        .isInstanceOf(FactDataException.class)
        .hasMessageStartingWith("facts/test.yaml line 2:").hasMessageContaining("MAYBE");
  }

  @Test
  void aBadPatternNamesFileAndLine() {
    assertThatThrownBy(() -> Trigger.load(read(
        "- {pattern: \"회담(\", lang: ko, type: MEETING, plover: CONSULT}\n")))
        .isInstanceOf(FactDataException.class).hasMessageContaining("line 1").hasMessageContaining("pattern");
  }

  @Test
  void aMissingFieldAndBrokenYamlAreReported() {
    assertThatThrownBy(() -> ItemLexicon.load(read("- {category: FOOD, direction: to_dprk}\n")))
        .hasMessageContaining("line 1").hasMessageContaining("terms");
    assertThatThrownBy(() -> read("- {term: [unclosed\n"))
        .isInstanceOf(FactDataException.class).hasMessageContaining("facts/test.yaml");
    assertThatThrownBy(() -> ActorBook.load(read("- {names: [X], state: Russia}\n")))
        .hasMessageContaining("line 1").hasMessageContaining("alpha-3");
    assertThatThrownBy(() -> read("term: 전망\n")).hasMessageContaining("list of entries");
  }
}
