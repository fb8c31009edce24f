package org.axiswatch.resolve;

import java.util.List;
import java.util.Random;

/**
 * A seeded generator of realistic names for benchmarks: Korean (each name in Hangul, the North's
 * spelling, Revised Romanization or a press spelling, in Korean or Western order), Russian,
 * Chinese and English. The same seed gives the same names.
 */
public final class SyntheticNames {
  /** Hangul, North, RR, press spelling of common given-name syllables. */
  private static final String[][] SYLLABLES = {
      {"정", "Jong", "Jeong", "Jung"}, {"은", "Un", "Eun", "Eun"}, {"철", "Chol", "Cheol", "Chul"},
      {"영", "Yong", "Yeong", "Young"}, {"일", "Il", "Il", "Il"}, {"성", "Song", "Seong", "Sung"},
      {"남", "Nam", "Nam", "Nam"}, {"수", "Su", "Su", "Soo"}, {"호", "Ho", "Ho", "Ho"},
      {"민", "Min", "Min", "Min"}, {"혁", "Hyok", "Hyeok", "Hyuk"}, {"광", "Kwang", "Gwang", "Kwang"},
      {"명", "Myong", "Myeong", "Myung"}, {"희", "Hui", "Hui", "Hee"}, {"룡", "Ryong", "Yong", "Yong"},
      {"선", "Son", "Seon", "Sun"}, {"혜", "Hye", "Hye", "Hye"}, {"진", "Jin", "Jin", "Jin"},
      {"국", "Kuk", "Guk", "Kook"}, {"학", "Hak", "Hak", "Hak"}, {"춘", "Chun", "Chun", "Choon"},
      {"봉", "Pong", "Bong", "Bong"}, {"길", "Gil", "Gil", "Kil"}, {"식", "Sik", "Sik", "Shik"},
      {"태", "Thae", "Tae", "Tae"}, {"용", "Yong", "Yong", "Yong"}, {"석", "Sok", "Seok", "Suk"},
      {"현", "Hyon", "Hyeon", "Hyun"}, {"준", "Jun", "Jun", "Joon"}, {"원", "Won", "Won", "Won"},
      {"순", "Sun", "Sun", "Soon"}, {"덕", "Dok", "Deok", "Duk"}, {"병", "Pyong", "Byeong", "Byung"},
      {"만", "Man", "Man", "Man"}, {"옥", "Ok", "Ok", "Ok"}, {"향", "Hyang", "Hyang", "Hyang"}};
  private static final String[][] SURNAMES = {
      {"김", "Kim", "Gim", "Kim"}, {"리", "Ri", "I", "Lee"}, {"박", "Pak", "Bak", "Park"},
      {"최", "Choe", "Choe", "Choi"}, {"정", "Jong", "Jeong", "Chung"}, {"강", "Kang", "Gang", "Kang"},
      {"조", "Jo", "Jo", "Cho"}, {"윤", "Yun", "Yun", "Yoon"}, {"장", "Jang", "Jang", "Chang"},
      {"림", "Rim", "Im", "Lim"}, {"한", "Han", "Han", "Han"}, {"오", "O", "O", "Oh"},
      {"서", "So", "Seo", "Suh"}, {"신", "Sin", "Sin", "Shin"}, {"권", "Kwon", "Gwon", "Kwon"},
      {"황", "Hwang", "Hwang", "Hwang"}, {"안", "An", "An", "Ahn"}, {"송", "Song", "Song", "Song"},
      {"류", "Ryu", "Yu", "Yoo"}, {"전", "Jon", "Jeon", "Chun"}, {"현", "Hyon", "Hyeon", "Hyun"}};
  private static final List<String> RU_FIRST = List.of("Aleksandr", "Sergei", "Dmitry", "Andrei",
      "Alexei", "Mikhail", "Ivan", "Nikolai", "Vladimir", "Yuri", "Oleg", "Pavel", "Igor", "Viktor",
      "Yevgeny", "Anatoly", "Boris", "Konstantin", "Maxim", "Roman", "Olga", "Tatiana", "Elena",
      "Natalia", "Irina", "Svetlana", "Anna", "Maria");
  private static final List<String> RU_LAST = List.of("Ivanov", "Smirnov", "Kuznetsov", "Popov",
      "Vasiliev", "Petrov", "Sokolov", "Mikhailov", "Novikov", "Fedorov", "Morozov", "Volkov",
      "Alekseev", "Lebedev", "Semenov", "Egorov", "Pavlov", "Kozlov", "Stepanov", "Nikolaev",
      "Orlov", "Andreev", "Makarov", "Nikitin", "Zakharov", "Zaitsev", "Soloviev", "Borisov",
      "Yakovlev", "Grigoriev", "Romanov", "Vorobiev", "Sergeev", "Kuzmin", "Frolov", "Shoigu",
      "Belousov", "Gerasimov", "Lavrov", "Kozlov");
  private static final List<String> ZH_LAST = List.of("Wang", "Li", "Zhang", "Liu", "Chen", "Yang",
      "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao");
  private static final List<String> ZH_GIVEN = List.of("Wei", "Fang", "Min", "Jing", "Lei", "Jun",
      "Yang", "Yong", "Jie", "Tao", "Ming", "Chao", "Xiu", "Hua", "Ping", "Gang", "Hui", "Bo",
      "Xin", "Qiang", "Lan", "Yan", "Dong", "Feng", "Hong", "Kai");
  private static final List<String> EN_FIRST = List.of("James", "John", "Robert", "Michael",
      "William", "David", "Richard", "Joseph", "Thomas", "Charles", "Mary", "Patricia", "Jennifer",
      "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Daniel", "Paul");
  private static final List<String> EN_LAST = List.of("Smith", "Johnson", "Williams", "Brown",
      "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez",
      "Wilson", "Anderson", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White",
      "Harris", "Clark", "Lewis", "Walker", "Hall", "Young", "Allen", "King", "Wright");

  private final Random random;

  public SyntheticNames(long seed) {
    this.random = new Random(seed);
  }

  /** A person, as the parts of every spelling: [Hangul?, North, RR, press] or one form. */
  public record Person(String[] forms) {
    /** One rendering: style 0..forms-1, optionally family name last. */
    public String render(int style, boolean swapped) {
      String f = forms[Math.min(style, forms.length - 1)];
      if (!swapped || f.isEmpty() || !f.contains(" ") || PhoneticKey.isHangul(f.charAt(0))) {
        return f;
      }
      int sp = f.indexOf(' ');
      return f.substring(sp + 1) + " " + f.substring(0, sp);
    }
  }

  public Person next() {
    int kind = random.nextInt(10);
    if (kind < 4) {
      return korean();
    }
    if (kind < 6) {
      String first = pick(RU_FIRST);
      String patronymic = pick(RU_FIRST).replaceAll("[ai]$", "") + "ovich";
      return new Person(new String[] {pick(RU_LAST) + " " + first + " " + patronymic});
    }
    if (kind < 8) {
      String given = pick(ZH_GIVEN) + (random.nextBoolean() ? pick(ZH_GIVEN).toLowerCase() : "");
      return new Person(new String[] {pick(ZH_LAST) + " " + given});
    }
    return new Person(new String[] {pick(EN_LAST) + " " + pick(EN_FIRST)});
  }

  private Person korean() {
    String[] s = SURNAMES[random.nextInt(SURNAMES.length)];
    String[] a = SYLLABLES[random.nextInt(SYLLABLES.length)];
    String[] b = SYLLABLES[random.nextInt(SYLLABLES.length)];
    return new Person(new String[] {
        s[1].toUpperCase() + " " + a[1].toUpperCase() + " " + b[1].toUpperCase(),
        s[0] + a[0] + b[0],
        s[2] + " " + a[2] + "-" + b[2].toLowerCase(),
        s[3] + " " + a[3] + "-" + b[3].toLowerCase()});
  }

  private String pick(List<String> pool) {
    return pool.get(random.nextInt(pool.size()));
  }

  public int nextInt(int bound) {
    return random.nextInt(bound);
  }
}
