package org.axiswatch.sanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListStoreTest {
  @TempDir Path data;

  @Test
  void importedCsvAddsToTheShippedUnList() throws Exception {
    Path csv = data.resolve("ofac.csv");
    Files.writeString(csv, String.join("\n",
        "list,ref,kind,name,aliases,birth_years,nationalities,designations",
        "OFAC,SDN-1,INDIVIDUAL,KIM SU IL,Kim Su-il,1969,PRK,\"Director, trading company\""),
        StandardCharsets.UTF_8);
    ListStore store = new ListStore(data);
    int before = store.entries().size();
    ListStore.Imported i = store.importFile(csv);
    assertThat(i.entries()).isEqualTo(1);
    assertThat(store.entries()).hasSize(before + 1);
    assertThat(Files.readString(data.resolve("lists/index.tsv"))).contains("OFAC\tcsv");
  }

  @Test
  void badFileIsRefusedAndTheStoreIsUntouched() throws Exception {
    Path xml = data.resolve("broken.xml");
    Files.writeString(xml, "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>", StandardCharsets.UTF_8);
    ListStore store = new ListStore(data);
    assertThatThrownBy(() -> store.importFile(xml))
        .isInstanceOf(UnListReader.BadListException.class).hasMessageContaining("broken.xml");
    assertThat(Files.exists(data.resolve("lists"))).isFalse();
  }
}
