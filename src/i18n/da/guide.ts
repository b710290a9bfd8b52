import type { GuideTexts } from "../helpTexts";

/** "Sådan bruger du BAR": the pane's workflows for budget staff, in Danish. */
export const DANISH_GUIDE: GuideTexts = {
  title: "Sådan bruger du BAR",
  intro:
    "BAR holder styr på balancen mellem aktiviteter og rammer: reduktionsmål, initiativer og den økonomiske strategi ligger i almindelige Excel-tabeller på arket BAR, så alle i projektmappen ser det samme – også kolleger uden BAR.",
  sections: [
    {
      heading: "Reduktionsmål",
      paragraphs: [
        "Vælg Rediger reduktionsmål under Oversigt. Et mål uden myndighedsområde er det samlede mål: hvert initiativ tæller med én gang, også dem under Alle myndighedsområder.",
        "Et mål for et myndighedsområde er et delmål: områdets initiativer tæller med i delmålet og også i det samlede mål – ikke oveni. Beløb skrives i 1.000 kr., reduktioner negative, fx -1.500 eller -1.500,5.",
      ],
    },
    {
      heading: "Overførsel mellem år",
      paragraphs: [
        "Mangler der reduktioner et år, lægges manglen oven i næste års mål. Et overskud behandles efter den valgte regel: det frigives, det sænker næste års mål, eller intet overføres.",
      ],
    },
    {
      heading: "Strategien",
      paragraphs: [
        "Peg BAR på råderum og kassebeholdning i budgetmodellen (Hent tal fra budgetmodellen; Brug markering tager det område, du har markeret). Dommen følger modellen, når den regnes om.",
        "Under Rediger strategien ændrer du grænserne (fx mindst 70 mio. kr. råderum) og tilføjer byrådets egne pejlemærker.",
      ],
    },
    {
      heading: "Intervaller og det ukendte",
      paragraphs: [
        'Et skøn, der endnu er usikkert, skrives som et interval: -1.500 til -900 (eller dokumenternes 7,5-14,5). Den laveste ende først; BAR bytter aldrig om på dem. "-" eller ukendt betyder ikke skønnet endnu og tæller aldrig som 0. Skriver du i arket, så sæt en apostrof foran et interval, der starter med minus (\'-1.500 til -900), ellers tror Excel, det er en formel.',
        "Oversigten viser da det udestående som et spænd: pessimistisk (mindste reduktion), forventet (midten) og optimistisk, og hvert tilfælde føres frem for sig. Kommende udfordringer (tabellen BAR_Challenges, i mio. kr.) trækkes fra råderummet, og strategien siger for hvert år, i hvilke tilfælde den holder, fx brud i det pessimistiske tilfælde.",
      ],
    },
    {
      heading: "Import fra et ark",
      paragraphs: [
        "Har I initiativerne i et andet ark, så vælg Importér fra ark under Initiativer, marker tabellen og kontroller, hvilke kolonner der er navn, område, status og år. Et år kan være et interval skrevet som i BAR (7,5-14,5 eller -1.500 til -900); begge ender regnes om fra arkets enhed. Forhåndsvisningen viser problemer række for række, før noget gemmes; importen er ét fortryd-trin.",
      ],
    },
    {
      heading: "Et nyt budgetår",
      paragraphs: [
        "Nyt budgetår tilføjer kolonner for de nye år ved siden af de andre år i alle tabeller. De gamle år bliver stående som historik, og du vælger selv, om de seneste skøn skal føres med over.",
      ],
    },
    {
      heading: "Fortryd, slet og gendan",
      paragraphs: [
        "Alt, hvad BAR ændrer, skrives i BAR_ChangeLog. Fortryd min seneste ændring fortryder din seneste ændring på alle udgaver af Excel; Historik under et initiativ sætter en enkelt ændring tilbage.",
        "Et slettet initiativ gemmes helt i loggen og kan gendannes under Vis slettede initiativer – også en række, der er slettet direkte i arket.",
      ],
    },
    {
      heading: "Flere om samme projektmappe",
      paragraphs: [
        "Har en medforfatter ændret det samme, mens du redigerede, viser BAR begge udgaver, og du vælger. Ændringer skrevet direkte i tabellerne kommer også i loggen; kender BAR ikke personen, står der en medforfatter.",
      ],
    },
  ],
};
