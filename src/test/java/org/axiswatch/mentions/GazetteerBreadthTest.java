package org.axiswatch.mentions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axiswatch.mentions.MentionsFixture.described;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The gazetteer's breadth by category: sentences written for these tests in the style of Korean and
 * English news and think-tank briefs of 2017-2025, each with the mentions it must yield.
 */
class GazetteerBreadthTest {
  private static final String DATE = "2025-06-30";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      sanctions bodies ko|다국적제재모니터링팀(MSMT)은 안보리 대북제재위원회 전문가패널 활동 종료 뒤 첫 보고서를 냈다.|ORG 다국적제재모니터링팀=multilateral-sanctions-monitoring-team;ORG MSMT=multilateral-sanctions-monitoring-team;ORG 안보리 대북제재위원회=un-security-council-1718-committee;ORG 전문가패널=un-panel-of-experts-on-the-dprk
      sanctions bodies en|The Multilateral Sanctions Monitoring Team told the 1718 Committee, the FATF and the IAEA Board of Governors what the Panel of Experts could no longer report.|ORG Multilateral Sanctions Monitoring Team=multilateral-sanctions-monitoring-team;ORG 1718 Committee=un-security-council-1718-committee;ORG FATF=financial-action-task-force;ORG IAEA Board of Governors=iaea-board-of-governors;ORG Panel of Experts=un-panel-of-experts-on-the-dprk
      forums en|Ministers met at the ASEAN Regional Forum in Vientiane after the G7 and the North Atlantic Council condemned the transfers; the EU Council added names.|ORG ASEAN Regional Forum=asean-regional-forum;LOC Vientiane=vientiane;ORG G7=g7;ORG North Atlantic Council=north-atlantic-council;ORG EU Council=council-of-the-european-union
      ukraine services ko|우크라이나 보안국(SBU)과 우크라이나 국방정보총국(HUR)은 북한군 포로를 신문했다고 밝혔다.|ORG 우크라이나 보안국=security-service-of-ukraine;ORG SBU=security-service-of-ukraine;ORG 우크라이나 국방정보총국=defence-intelligence-of-ukraine;ORG HUR=defence-intelligence-of-ukraine
      ukraine services en|The Security Service of Ukraine, Defence Intelligence of Ukraine and the General Staff of the Armed Forces of Ukraine said the unit was hit.|ORG Security Service of Ukraine=security-service-of-ukraine;ORG Defence Intelligence of Ukraine=defence-intelligence-of-ukraine;ORG General Staff of the Armed Forces of Ukraine=general-staff-of-the-armed-forces-of-ukraine
      russia and dprk bodies en|Rosgvardia and the FSB guarded the talks while the Ministry of National Defence, the Missile Administration and the Ministry of External Economic Relations sent delegations.|ORG Rosgvardia=rosgvardia;ORG FSB=federal-security-service;ORG Ministry of National Defence=ministry-of-national-defence-dprk;ORG Missile Administration=missile-administration-dprk;ORG Ministry of External Economic Relations=ministry-of-external-economic-relations-dprk
      china japan rok us bodies ko|중국 국가안전부와 동부전구, 일본 통합막료감부, 방위사업청, 국군방첩사령부, 미 법무부가 각각 발표했다.|ORG 중국 국가안전부=ministry-of-state-security-china;ORG 동부전구=pla-eastern-theater-command;ORG 일본 통합막료감부=joint-staff-japan;ORG 방위사업청=defense-acquisition-program-administration;ORG 국군방첩사령부=defense-counterintelligence-command;ORG 미 법무부=us-department-of-justice
      chinese venues ko|김정은 위원장은 천안문 성루에 올라 열병식을 본 뒤 인민대회당과 조어대에서 회담했다.|PERSON 김정은=kim-jong-un;FAC 천안문 성루=tiananmen;FAC 인민대회당=great-hall-of-the-people;FAC 조어대=diaoyutai-state-guesthouse
      chinese venues en|Kim watched from the Tiananmen rostrum, then met Xi at the Great Hall of the People and stayed at the Diaoyutai State Guesthouse.|FAC Tiananmen rostrum=tiananmen;FAC Great Hall of the People=great-hall-of-the-people;FAC Diaoyutai State Guesthouse=diaoyutai-state-guesthouse
      dprk and russian places ko|원산갈마해안관광지구를 찾은 러시아 관광객은 두만강 철교를 건넜고, 두만강 자동차 다리는 연말 완공 예정이다.|LOC 원산갈마해안관광지구=wonsan-kalma;FAC 두만강 철교=korea-russia-friendship-bridge;FAC 두만강 자동차 다리=tumen-river-road-bridge
      ports en|Containers moved from Rajin to the port of Dunai and to Zarubino, then by rail through Tuva and Buryatia toward Kazan.|FAC Rajin=port-of-rajin;FAC Dunai=port-of-dunai;FAC Zarubino=port-of-zarubino;LOC Tuva=tuva;LOC Buryatia=buryatia;LOC Kazan=kazan
      summit cities en|Talks moved from Singapore and Hanoi to Helsinki, Geneva and Munich before leaders met in Gyeongju and Busan.|LOC Hanoi=hanoi;LOC Helsinki=helsinki;LOC Geneva=geneva;LOC Munich=munich;LOC Gyeongju=gyeongju;LOC Busan=busan
      chinese weapons en|The parade showed the DF-61, the DF-5C, the JL-3 and J-20 fighters, with H-6K bombers overhead.|WEAPON DF-61=df-61;WEAPON DF-5C=df-5;WEAPON JL-3=jl-3;WEAPON J-20=j-20;WEAPON H-6K bombers=h-6
      russian weapons en|Russia struck Kharkiv with KAB glide bombs, Geran-2 drones and an Oreshnik, while 2S7 Pion and Koalitsiya guns shelled the front.|LOC Kharkiv=kharkiv;WEAPON KAB glide bombs=glide-bomb-kab;WEAPON Geran-2 drones=geran-2;WEAPON Oreshnik=oreshnik;WEAPON 2S7 Pion=2s7-pion;WEAPON Koalitsiya=2s35-koalitsiya-sv
      dprk weapons ko|북한은 화성포-11다-4.5와 240㎜ 방사포를 시험했고 구축함 강건호와 최현호에 미사일을 실었다.|WEAPON 화성포-11다-4.5=hwasong-11c;WEAPON 240㎜ 방사포=m-1991-mlrs;WEAPON 구축함 강건호=kang-kon-destroyer;WEAPON 최현호=choe-hyon-class-destroyer
      allied weapons ko|한국은 L-SAM과 KF-21을 배치하고 SM-3 도입을 검토하며, 미 해군 칼빈슨호가 부산에 입항했다.|WEAPON L-SAM=l-sam;WEAPON KF-21=kf-21-boramae;WEAPON SM-3=sm-3;WEAPON 칼빈슨호=uss-carl-vinson;LOC 부산=busan
      dprk people ko|김주애와 리설주가 동행했고 윤정호 대외경제상과 김선경 외무성 부상이 영접했다.|PERSON 김주애=kim-ju-ae;PERSON 리설주=ri-sol-ju;PERSON 윤정호=yun-jong-ho;PERSON 김선경=kim-son-gyong;ORG 외무성=ministry-of-foreign-affairs-dprk
      russian people en|Matviyenko and Volodin welcomed the delegation; Zolotov and Kozhemyako joined Trutnev in Vladivostok.|PERSON Matviyenko=valentina-matviyenko;PERSON Volodin=vyacheslav-volodin;PERSON Zolotov=viktor-zolotov;PERSON Kozhemyako=oleg-kozhemyako;PERSON Trutnev=yuri-trutnev;LOC Vladivostok=vladivostok
      japanese name orders en|Iwaya Takeshi met Takeshi Iwaya's successor, while Ishiba Shigeru and Kishida Fumio spoke.|PERSON Iwaya Takeshi=takeshi-iwaya;PERSON Takeshi Iwaya=takeshi-iwaya;PERSON Ishiba Shigeru=shigeru-ishiba;PERSON Kishida Fumio=fumio-kishida
      ukrainian spellings en|Zelenskiy thanked Sybiha and Syrsky; Andrii Yermak and Kyrylo Budanov briefed reporters.|PERSON Zelenskiy=volodymyr-zelenskyy;PERSON Sybiha=andrii-sybiha;PERSON Syrsky=oleksandr-syrskyi;PERSON Andrii Yermak=andriy-yermak;PERSON Kyrylo Budanov=kyrylo-budanov
      notices and analysts en|Pyongyang notified the IMO, not ICAO, before the launch; Victor Cha and Jenny Town said F-35s flew from Kadena Air Base.|ORG IMO=international-maritime-organization;ORG ICAO=international-civil-aviation-organization;PERSON Victor Cha=victor-cha;PERSON Jenny Town=jenny-town;FAC Kadena Air Base=kadena-air-base
      us and rok people ko|밴스 부통령과 위트코프 특사, 브런슨 주한미군사령관이 최상목 권한대행을 만났다.|PERSON 밴스=jd-vance;PERSON 위트코프=steve-witkoff;PERSON 브런슨=xavier-brunson;PERSON 최상목=choi-sang-mok
      """)
  void eachCategoryIsRecognised(String label, String sentence, String expected) {
    assertThat(described(sentence, DATE)).as(label).contains(expected.split(";"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      staff and pacific|The staff of the Pacific office said the general staff met in Paris.|Staff;Pacific office
      ukrainian adjective|Ukrainian forces and Ukrainian investigators said North Korea's Foreign Ministry lied.|Ukrainian forces;North Korea's Foreign Ministry
      korean common words|정부는 노력을 경주해 왔고 개성 있는 정책을 한정된 예산으로 추진했다.|경주=gyeongju;개성;한정
      abductee surname|Yokota Megumi was abducted in 1977.|FAC Yokota
      chongjin ports|Tankers left the Nampo and Chongjin ports at night.|FAC Chongjin
      """)
  void commonWordsAndPossessivesAreNotTakenForNames(String label, String sentence, String absent) {
    List<String> found = described(sentence, DATE);
    for (String a : absent.split(";")) {
      assertThat(found).as(label).noneMatch(s -> s.contains(a));
    }
  }
}
