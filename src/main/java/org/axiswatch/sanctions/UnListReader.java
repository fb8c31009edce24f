package org.axiswatch.sanctions;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the UN Security Council consolidated list in the UN's own XML format (sc-sanctions.xsd):
 * INDIVIDUALS/INDIVIDUAL and ENTITIES/ENTITY with REFERENCE_NUMBER, FIRST_NAME…FOURTH_NAME,
 * aliases, dates of birth, nationality and designation. The UN writes Korean names family name
 * first in FIRST_NAME ("RI") with the given name in SECOND_NAME ("PYONG CHUL"), so the name parts
 * are joined in element order.
 */
public final class UnListReader {
  private static final List<String> NAME_PARTS =
      List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME");

  /** Thrown with the element line when the XML cannot be used. */
  public static final class BadListException extends Exception {
    public BadListException(String message) {
      super(message);
    }
  }

  public List<ListedEntry> read(InputStream in, String source) throws BadListException {
    XMLInputFactory f = XMLInputFactory.newInstance();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    List<ListedEntry> out = new ArrayList<>();
    XMLStreamReader x = null;
    try {
      x = f.createXMLStreamReader(in, "UTF-8");
      Draft d = null;
      List<String> path = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      boolean sawRoot = false;
      while (x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String name = x.getLocalName();
          sawRoot |= name.equals("CONSOLIDATED_LIST");
          if (name.equals("INDIVIDUAL") || name.equals("ENTITY")) {
            d = new Draft(name.equals("INDIVIDUAL") ? ListedEntry.Kind.INDIVIDUAL
                : ListedEntry.Kind.ENTITY, x.getLocation().getLineNumber());
          }
          path.add(name);
          text.setLength(0);
        } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
          text.append(x.getText());
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          String name = x.getLocalName();
          path.remove(path.size() - 1);
          if (d != null && (name.equals("INDIVIDUAL") || name.equals("ENTITY"))) {
            out.add(d.build(source));
            d = null;
          } else if (d != null) {
            // the list wraps long names across lines: a line break inside a value is a space
            d.take(path.isEmpty() ? "" : path.get(path.size() - 1), name,
                text.toString().strip().replaceAll("\\s+", " "));
          }
          text.setLength(0);
        }
      }
      if (!sawRoot) {
        throw new BadListException(source + ": not a UN consolidated list (no CONSOLIDATED_LIST)");
      }
    } catch (IllegalArgumentException e) {
      throw new BadListException(e.getMessage());
    } catch (XMLStreamException e) {
      throw new BadListException(source + ":" + (e.getLocation() == null ? "?"
          : e.getLocation().getLineNumber()) + ": malformed XML: " + e.getMessage());
    } finally {
      close(x);
    }
    return out;
  }

  private static void close(XMLStreamReader x) {
    try {
      if (x != null) {
        x.close();
      }
    } catch (XMLStreamException ignored) {
      // closing a reader that already failed: nothing more to report
    }
  }

  /** Fields of one entry as they are read. */
  private static final class Draft {
    final ListedEntry.Kind kind;
    final int line;
    String ref;
    String program;
    final String[] parts = new String[4];
    final List<String> aliases = new ArrayList<>();
    final List<Integer> years = new ArrayList<>();
    final List<String> nationalities = new ArrayList<>();
    final List<String> designations = new ArrayList<>();

    Draft(ListedEntry.Kind kind, int line) {
      this.kind = kind;
      this.line = line;
    }

    void take(String parent, String name, String text) {
      if (text.isEmpty()) {
        return;
      }
      int part = NAME_PARTS.indexOf(name);
      if (part >= 0 && !parent.endsWith("_ALIAS")) {
        parts[part] = text;
      } else if (name.equals("REFERENCE_NUMBER")) {
        ref = text;
      } else if (name.equals("UN_LIST_TYPE")) {
        program = text;
      } else if (name.equals("ALIAS_NAME")) {
        aliases.add(text);
      } else if (parent.endsWith("DATE_OF_BIRTH") && (name.equals("YEAR")
          || name.equals("DATE") || name.equals("FROM_YEAR") || name.equals("TO_YEAR"))
          && text.matches("\\d{4}.*")) {
        years.add(Integer.parseInt(text.substring(0, 4)));
      } else if (parent.equals("NATIONALITY") && name.equals("VALUE")) {
        nationalities.add(AttributeCheck.countryCode(text));
      } else if (parent.equals("ENTITY_ADDRESS") && name.equals("COUNTRY")
          && !nationalities.contains(AttributeCheck.countryCode(text))) {
        // an organisation's "nationality" is the state of its address
        nationalities.add(AttributeCheck.countryCode(text));
      } else if (parent.equals("DESIGNATION") && name.equals("VALUE")) {
        designations.add(text);
      }
    }

    ListedEntry build(String source) {
      List<String> names = new ArrayList<>();
      StringBuilder primary = new StringBuilder();
      for (String p : parts) {
        if (p != null) {
          primary.append(primary.length() == 0 ? "" : " ").append(p);
        }
      }
      if (primary.length() > 0) {
        names.add(primary.toString());
      }
      names.addAll(aliases);
      if (ref == null || names.isEmpty()) {
        throw new IllegalArgumentException(source + ":" + line + ": entry without reference or name");
      }
      return new ListedEntry("UN", ref, kind, names, years, nationalities, designations, program);
    }
  }
}
