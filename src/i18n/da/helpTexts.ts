import type { HelpTexts } from "../helpTexts";

/** Danish words and worked examples of the help pages; the examples use the seed 002 status table. */
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
    ],
  },
};
