package org.axiswatch.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One way to read a name: which part is the surname, which the given name, and their keys. A Latin
 * name has up to two readings (surname first, as Koreans and the UN write it; or last, as Western
 * lists do); a Hangul name has one.
 *
 * @param name the name as given
 * @param surname the surname as written
 * @param surnameKey its phonetic key (from the surname table where the spelling is listed)
 * @param given the given name as written (parts joined by spaces), possibly empty
 * @param givenKey the given name's key, parts joined, so "Jong Un", "Jong-un", "Jongun" agree
 * @param swapped true when the surname was read from the end
 * @param rules the spelling rules that fired on the way to the keys
 * @param spelling surname and given name in lower-case letters only, to tell an identical
 *     spelling from a merely equivalent one
 */
public record NameReading(String name, String surname, String surnameKey, String given,
    String givenKey, boolean swapped, Set<String> rules, String spelling) {
  public NameReading {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(spelling, "spelling");
    Objects.requireNonNull(surnameKey, "surnameKey");
    Objects.requireNonNull(givenKey, "givenKey");
    rules = Set.copyOf(rules);
  }

  /** Every reading of a name. */
  public static List<NameReading> of(String name) {
    return of(name, Surnames.shipped());
  }

  static List<NameReading> of(String name, Surnames surnames) {
    List<String> parts = PhoneticKey.parts(name);
    List<NameReading> out = new ArrayList<>();
    if (parts.isEmpty() || isAcronym(parts, surnames)) {
      return out;
    }
    if (PhoneticKey.isHangul(parts.get(0).charAt(0))) {
      String joined = String.join("", parts);
      int n = parts.size() > 1 && parts.get(0).length() <= 2
          ? parts.get(0).length() : surnames.hangulSurnameLength(joined);
      out.add(read(name, List.of(joined.substring(0, n)),
          List.of(joined.substring(n)), false, surnames));
      return out;
    }
    addOrders(out, name, parts, surnames, false);
    // Russian lists give the patronymic, the press often drops it: read the name without it too
    List<String> bare = parts.stream().filter(p -> !PATRONYMIC.matcher(p).matches()).toList();
    if (parts.size() >= 3 && bare.size() >= 2 && bare.size() < parts.size()) {
      addOrders(out, name, bare, surnames, true);
    }
    return out;
  }

  private static final java.util.regex.Pattern ACRONYM =
      java.util.regex.Pattern.compile("[A-Z][A-Z0-9]{1,5}");

  /**
   * One all-capital token that is no known surname (NIS, RIHS, KOMID) is an acronym, not a
   * person's name: the Korean spelling rules would make letters sound alike that are not sounds.
   */
  static boolean isAcronym(List<String> parts, Surnames surnames) {
    return parts.size() == 1 && ACRONYM.matcher(parts.get(0)).matches()
        && surnames.key(parts.get(0)) == null;
  }

  private static final java.util.regex.Pattern PATRONYMIC = java.util.regex.Pattern.compile(
      "(?i)\\p{L}{3,}(ovich|evich|ovna|evna|ichna|yich)");
  static final String NO_PATRONYMIC = "patronymic omitted";

  private static void addOrders(List<NameReading> out, String name, List<String> parts,
      Surnames surnames, boolean bare) {
    List<NameReading> rs = new ArrayList<>();
    rs.add(read(name, parts.subList(0, 1), parts.subList(1, parts.size()), false, surnames));
    if (parts.size() > 1) {
      int last = parts.size() - 1;
      rs.add(read(name, parts.subList(last, last + 1), parts.subList(0, last), true, surnames));
    }
    for (NameReading r : rs) {
      if (bare) {
        Set<String> rules = new TreeSet<>(r.rules());
        rules.add(NO_PATRONYMIC);
        r = new NameReading(r.name(), r.surname(), r.surnameKey(), r.given(), r.givenKey(),
            r.swapped(), rules, r.spelling());
      }
      out.add(r);
    }
  }

  private static NameReading read(String name, List<String> surnamePart, List<String> givenParts,
      boolean swapped, Surnames surnames) {
    Set<String> rules = new TreeSet<>();
    String surname = surnamePart.get(0);
    PhoneticKey.Keyed phonetic = PhoneticKey.of(surname);
    String sk = surnames.key(surname);
    if (sk == null || sk.equals(phonetic.key())) {
      sk = phonetic.key();
      rules.addAll(phonetic.rules());
    } else {
      rules.add("surname table (" + surname + ")");
    }
    List<String> keys = new ArrayList<>();
    for (String g : givenParts) {
      PhoneticKey.Keyed k = PhoneticKey.of(g);
      keys.add(k.key());
      rules.addAll(k.rules());
    }
    String given = String.join(" ", givenParts);
    String spelling = (surname + given).toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^\\p{L}]", "");
    return new NameReading(name, surname, sk, given, PhoneticKey.join(keys), swapped, rules,
        spelling);
  }
}
