import type { HelpTexts } from "../helpTexts";
import { DANISH_GUIDE } from "./guide";

/**
 * Danish words and worked examples of the help pages. test/i18n/helpTexts.test.ts evaluates
 * every example on the sheet its explanation describes and checks the numbers it states.
 */
export const DANISH_HELP_TEXTS: HelpTexts = {
  htmlLang: "da",
  argumentSeparator: "; ",
  pageTitle: (functionName) => `${functionName} – hjælp til BAR`,
  indexTitle: "BAR-funktionerne",
  indexIntro:
    "BAR (Balance mellem Aktiviteter og Rammer) lægger disse funktioner i Excel. Skriv =BAR. i en celle for at se dem.",
  syntax: "Syntaks",
  arguments: "Argumenter",
  argument: "Argument",
  description: "Beskrivelse",
  optional: "valgfri",
  result: "Resultat",
  examples: "Eksempler",
  allFunctions: "Alle BAR-funktioner",
  otherLanguage: "Read in English",
  guide: DANISH_GUIDE,
  examplesByFunction: {
    CARRYFORWARD: [
      {
        arguments: ["B2:E2", "B3:E9"],
        explanation:
          "Reduktionsmålene -2.000, -3.000, -5.000 og -7.000 (1.000 kr.) står i B2:E2 og initiativerne fra statusnotatet april 2021 i B3:E9. Resultatet er 0, -720, -3.440 og -8.160: det, der mangler i 2022, lægges oven i 2023's mål, som derfor bliver 5.720.",
      },
      {
        arguments: ["B2:E2", "B3:E9", '"none"'],
        explanation:
          "Uden overførsel: 0, -720, -2.720 og -4.720 – netto-udestående, som statustabellen viser det.",
      },
      {
        arguments: ["B2:E2", "B3:E9", "", "SAND"],
        explanation:
          "Fire linjer i stedet for én: effektivt mål, opnået, udestående og det, der overføres til næste år.",
      },
    ],
    STRATEGYCHECK: [
      {
        arguments: ["B2:E2", "B3:E3"],
        explanation:
          'Råderum 60, 85, 110 og 120 mio. kr. i B2:E2 og disponibel kasse 150, 120, 95 og 130 mio. kr. i B3:E3 giver "BREACH", "BELOW_OPTIMAL", "BREACH" og "OK": 60 er under minimum 70, 85 er under det optimale 100, og i det tredje år er kassen under 100.',
      },
      {
        arguments: ["B2:E2", "B3:E3", "50", "80", "75"],
        explanation:
          'Samme tal mod en anden strategi (mindst 50 i råderum, optimalt 80, mindst 75 i kasse): "BELOW_OPTIMAL", "OK", "OK" og "OK".',
      },
      {
        arguments: ["B2:E2", "B3:E3", "120"],
        explanation:
          'Et mindste råderum på 120 og intet optimalt: det optimale er så det største af 100 og minimum, 120, så en udeladt grænse giver aldrig fejl. "BREACH", "BREACH", "BREACH" og "OK": 60, 85 og 110 er under 120, og 120 overholder den.',
      },
    ],
    HEADROOM: [
      {
        arguments: ["B2:E5"],
        explanation:
          "De fire linjer i den ordinære drift for 2025–2028 (mio. kr.) står i B2:E5, én række hver, med indtægter negative: skatter -3.000, -3.100, -3.200 og -3.250; generelle tilskud og udligning -800, -820, -830 og -840; driftsudgifter 3.600, 3.750, 3.900 og 4.000; renter netto 20, 25, 30 og 30. Råderummet er 180, 145, 100 og 60: for 2025 -(-3.000 - 800 + 3.600 + 20) = 180.",
      },
      {
        arguments: ["B2:E2", "B3:E3", "B4:E4", "B5:E5"],
        explanation:
          "De samme linjer angivet hver for sig (skatter, tilskud og udligning, driftsudgifter, renter netto) giver de samme 180, 145, 100 og 60. Angivet sådan kontrolleres skatterne: en positiv skat betyder, at arket bruger det modsatte fortegn, og giver #VÆRDI!.",
      },
    ],
    LIQUIDITYAVERAGE: [
      {
        arguments: ["A2:A5", "B2:B5"],
        explanation:
          "Disponibel kasse (mio. kr.) fra banken i A2:B5: 100 fra 2024-01-01, 50 fra 2024-07-01, 200 fra 2024-12-31 og 10 fra 2025-02-12; hver beholdning gælder til næste dato. Uden pr.-dato går gennemsnittet til den sidste dato: de 365 dage 2024-02-14 til 2025-02-12 giver 138 dage × 100 + 183 × 50 + 43 × 200 + 1 × 10 = 31.560, og 31.560 / 365 = 86,47.",
      },
      {
        arguments: ["A2:A5", "B2:B5", '"2024-12-31"'],
        explanation:
          "Pr. 2024-12-31 (en dato skrevet som tekst skal stå som åååå-mm-dd): de 365 dage 2024-01-02 til 2024-12-31 giver 181 dage × 100 + 183 × 50 + 1 × 200 = 27.450, og 27.450 / 365 = 75,21.",
      },
      {
        arguments: ["A2:A5", "B2:B5", '"2024-12-29"'],
        explanation:
          "#I/T: de 365 dage til og med 2024-12-29 begynder 2023-12-31, før den første beholdning. Beholdningerne skal dække hele perioden; den første dag, der kan beregnes et gennemsnit for her, er 2024-12-30.",
      },
    ],
    LIQUIDITYCHECK: [
      {
        arguments: ["A2:A5", "B2:B5", "60"],
        explanation:
          'Disponibel kasse (mio. kr.) i A2:B5: 100 fra 2024-01-01, 50 fra 2024-07-01, 200 fra 2024-12-31 og 10 fra 2025-02-12. Mod en bundgrænse på 60 er status #I/T, "BALANCE_BELOW_FLOOR", "OK" og "BALANCE_BELOW_FLOOR": hver række gælder de dage, dens beholdning står, som har 365 dages beholdninger bag sig (fra 2024-12-30). Første rækkes dage (til 2024-06-30) har ingen; anden rækkes sidste dag, 2024-12-30, er dækket: gennemsnittet (74,93) overholder grænsen, beholdningen på 50 gør ikke; fra 2024-12-31 overholder både beholdningen (200) og gennemsnittet over 365 dage (75,21 og stigende) grænsen; 2025-02-12 er beholdningen på 10 under den, gennemsnittet (86,47) er ikke.',
      },
      {
        arguments: ["A2:A5", "B2:B5", "100"],
        explanation:
          'Mod byrådets bundgrænse på 100: #I/T, "BOTH_BELOW_FLOOR", "AVERAGE_BELOW_FLOOR" og "BOTH_BELOW_FLOOR". Fra 2024-12-31 overholder beholdningen på 200 grænsen, men gennemsnittet gør ikke; 2025-02-12 gør ingen af dem. Hver status gælder dagene frem til næste dato, så et dyk i gennemsnittet mellem to datoer bliver ikke overset.',
      },
    ],
    PRICEVOLUME: [
      {
        arguments: ["B2:C2", "B3:C3"],
        explanation:
          "Udgifter på 359 og 396 mio. kr. i B2:C2 og 1.200 og 1.260 borgere, der får hjælp, i B3:C3. Stigningen på 37 deles i 18,40 (mængde: 60 flere borgere til de to års gennemsnitlige udgift pr. borger) i første række og 18,60 (pris: dyrere hjælp pr. borger, for gennemsnittet på 1.230 borgere) nedenunder. De to giver tilsammen præcis 37.",
      },
      {
        arguments: ["B2:C2", "B3:C3", '"price"'],
        explanation: "Kun priseffekten: 18,60.",
      },
    ],
    YEARENDFORECAST: [
      {
        arguments: ["600", "6", "1300"],
        explanation:
          "600 (1.000 kr.) brugt ved udgangen af juni mod et budget på 1.300: i jævnt tempo ender året på 600 / 6 × 12 = 1.200, og afvigelsen er -100 (100 under budget). De to resultater står side om side.",
      },
      {
        arguments: ["600", "6", "1300", "B2:M2"],
        explanation:
          "Med kontoens månedsprofil i B2:M2 (6, 6, 7, 7, 7, 7, 8, 8, 9, 9, 10 og 16 %: 40 % af årets forbrug falder i januar til juni) giver de samme 600 en prognose på 600 / 40 % = 1.500 og en afvigelse på 200 (merforbrug). En profil skal summere til 100 % ± 0,5 %; ellers er resultatet #VÆRDI!, aldrig en stiltiende omregnet prognose.",
      },
    ],
    BENCHMARKPOTENTIAL: [
      {
        arguments: ["58000", "D1:J1", "1200"],
        explanation:
          "En egen enhedsudgift på 58.000 kr. pr. borger, syv sammenlignelige kommuners enhedsudgifter i D1:J1 (52.100, 49.800, 56.900, 52.750, 61.400, 51.200 og 54.300; medianen er 52.750) og 1.200 borgere: (58.000 - 52.750) × 1.200 = 6.300.000. Tomme celler blandt de andre udelades, men færre end tre kommuner giver #I/T.",
      },
      {
        arguments: ["58000", "D1:J1", "1200", "0,25"],
        explanation:
          "Mod den billigste fjerdedel i stedet (FRAKTIL.MEDTAG ved 0,25 er 51.650): (58.000 - 51.650) × 1.200 = 7.620.000.",
      },
      {
        arguments: ["52000", "D1:J1", "1200"],
        explanation:
          "En egen enhedsudgift på 52.000 ligger allerede under medianen på 52.750, så potentialet er 0: det er aldrig negativt.",
      },
    ],
    SCENARIO: [
      {
        arguments: ["B2:E3", '"pessimistisk"'],
        explanation:
          'Foranstaltninger for unge (-977, -1.257, -1.257, -1.257) i B2:E2 og et kontraktgrundlag skønnet til "-600 til -300" i 2022 og "-800 til -400" i 2023, "-" i de andre år, i B3:E3. Pessimistisk tager den mindste reduktion: -300 og -400; årene uden skøn giver #I/T, aldrig 0. Med målene i B5:E5 overfører =BAR.OVERFØR(B5:E5; BAR.SCENARIE(B2:E3; "pessimistisk")) det pessimistiske tilfælde.',
      },
      {
        arguments: ["B2:E3", '"forventet"'],
        explanation:
          "Midtpunkterne i stedet: -450 og -600; tal forbliver som de er (-977, -1.257), og #I/T forbliver #I/T.",
      },
    ],
    STRATEGYCASES: [
      {
        arguments: ["B2:E2", "B3:E3", "B4:E4"],
        explanation:
          'Råderum 120, 110, 100 og "90-110" mio. kr. i B2:E2, kasse 150, 150, "90-120" og 130 i B3:E3 og en udfordring på "7,5-14,5", "0-20", "25-30" og "ukendt" i B4:E4. Første række er det pessimistiske tilfælde: "OK", "BELOW_OPTIMAL" (110 - 20 = 90), "BREACH" (kasse 90) og #I/T, fordi udfordringen i 2028 er ukendt. Det forventede: "OK", "OK", "BELOW_OPTIMAL", #I/T; det optimistiske: "OK", "OK", "BELOW_OPTIMAL", #I/T.',
      },
      {
        arguments: ["B2:E2", "B3:E3"],
        explanation:
          'Uden udfordringerne: pessimistisk "OK", "OK", "BREACH" (kasse 90) og "BELOW_OPTIMAL" (råderum 90); forventet og optimistisk "OK" i alle år.',
      },
    ],
  },
};
