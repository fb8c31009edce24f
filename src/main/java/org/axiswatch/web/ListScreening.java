package org.axiswatch.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.axiswatch.sanctions.ListStore;
import org.axiswatch.sanctions.ListedEntry;
import org.axiswatch.sanctions.Screener;
import org.axiswatch.sanctions.ScreeningSubject;
import org.axiswatch.sanctions.UnListReader;
import org.axiswatch.web.Views.ListMatch;
import org.axiswatch.web.Views.ScreeningRequest;

/** The screening form's answer: a typed-in name against the designation lists in force. */
public final class ListScreening {
  private final Screener screener;

  public ListScreening(Screener screener) {
    this.screener = screener;
  }

  /** The lists of a data folder, as {@code axiswatch screen} uses them (the shipped UN list unless replaced). */
  public static ListScreening of(Path dataDir) throws IOException {
    try {
      return new ListScreening(new Screener(new ListStore(ListStore.dataDir(dataDir)).entries()));
    } catch (UnListReader.BadListException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  public List<ListMatch> screen(ScreeningRequest r) {
    ListedEntry.Kind kind = r.organisation() ? ListedEntry.Kind.ENTITY : ListedEntry.Kind.INDIVIDUAL;
    return screener.screen(new ScreeningSubject(List.of(r.name()), kind, r.birthYear(), r.nationality(), List.of()))
        .stream()
        .map(m -> new ListMatch(m.entry().list(), m.entry().ref(), m.entry().listedName(), m.listedForm(),
            m.score(), m.match(), m.why()))
        .toList();
  }
}
