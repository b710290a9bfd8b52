import type { PaneTexts } from "../paneTexts";

/** The task pane in Danish. */
export const DANISH_PANE_TEXTS: PaneTexts = {
  tabs: { overview: "Oversigt", initiatives: "Initiativer", functions: "Funktioner" },
  languageLabel: "Sprog",
  guideLink: "Sådan bruger du BAR",
  userNameLabel: "Dit navn (til ændringsloggen)",
  userNamePlaceholder: "Skriv dit navn, så loggen viser, hvem der ændrede",
  unnamedUser: "(uden navn)",
  refresh: { button: "Opdater", done: "Visningen er opdateret." },
  languageNames: { da: "Dansk", en: "English" },
  loading: "Læser projektmappen …",
  working: "Arbejder …",
  start: {
    waiting: "Venter på Excel …",
    silentTitle: "Excel svarer ikke",
    silent: (seconds) =>
      `BAR har ventet ${seconds} sekunder på Excel uden at få svar. Listen over funktioner nedenfor kan stadig bruges. Prøv at lukke BAR-panelet og åbne det igen; hjælper det ikke, så gem projektmappen, luk den og åbn den igen. Svarer Excel senere, starter BAR af sig selv.`,
    reload: "Genindlæs BAR",
    officeJsMissing: "Office.js kunne ikke hentes.",
    couldNotStart: (detail) => `BAR kunne ikke starte: ${detail}`,
    unsupportedTitle: "Denne version af Excel er for gammel til BAR",
    unsupported: (sets) =>
      `BAR kræver ${sets}, som denne Excel ikke understøtter. Opdater Office (i Excel: Filer > Konto > Opdateringsindstillinger > Opdater nu), eller åbn projektmappen i Excel på nettet. Listen over funktioner nedenfor kan stadig læses.`,
  },
  workbookCall: {
    operations: {
      read: "læse projektmappen",
      setUp: "opsætte projektmappen",
      saveInitiative: "gemme initiativet",
      addInitiatives: "gemme det nye initiativ",
      saveCells: "gemme indstillingen",
      linkMeasure: "hente tallene fra budgetmodellen",
      repair: "rette projektmappen",
      readChangeLog: "læse ændringsloggen",
      deleteInitiative: "slette initiativet",
      restoreInitiative: "gendanne initiativet",
      addRow: "tilføje rækken",
      deleteRow: "slette rækken",
      logObservedChanges: "skrive ændringer i ændringsloggen",
      revertChange: "fortryde ændringen",
      readRange: "læse cellerne, der skal importeres",
      watch: "følge med i ændringer i projektmappen",
      writeReport: "skrive statusrapporten",
      startBudgetYear: "skifte til det nye budgetår",
    },
    failed: (operation, reason) => `BAR kunne ikke ${operation}. ${reason}`,
    timedOut: (seconds) => `Excel svarede ikke inden for ${seconds} sekunder.`,
    timedOutWrite: (seconds) =>
      `Excel svarede ikke inden for ${seconds} sekunder. Ændringen kan være gemt alligevel; se efter i projektmappen, før du prøver igen.`,
    codes: {
      GeneralException: "Excel meldte en intern fejl.",
      AccessDenied:
        "Excel afviste handlingen; måske er projektmappen skrivebeskyttet, eller du har kun læseadgang.",
      ActivityLimitReached: "Excel er optaget lige nu.",
      RequestAborted: "Excel afbrød handlingen.",
      ServiceNotAvailable: "Excel-tjenesten er ikke tilgængelig lige nu.",
      InvalidOperationInCellEditMode:
        "Excel er ved at redigere en celle. Tryk Enter eller Esc i Excel først.",
      InvalidOrTimedOutSession:
        "Forbindelsen til projektmappen er udløbet. Gem projektmappen, luk den og åbn den igen.",
      ItemNotFound: "Noget, BAR skal bruge, findes ikke længere i projektmappen (fx en tabel eller et ark).",
      ItemAlreadyExists: "Der findes allerede noget med samme navn i projektmappen.",
      RequestPayloadSizeLimitExceeded: "Der er for mange data til én forespørgsel i Excel på nettet.",
      ResponsePayloadSizeLimitExceeded: "Der er for mange data til én forespørgsel i Excel på nettet.",
      InactiveWorkbook: "Projektmappen er ikke den aktive. Klik i projektmappen, og prøv igen.",
      Conflict: "Excel kunne ikke gennemføre handlingen på grund af en konflikt.",
    },
    otherCode: "Excel meldte en fejl.",
    unexpected: "Der opstod en uventet fejl.",
    code: (code) => `(Fejlkode fra Excel: ${code})`,
    retry: "Prøv igen",
  },
  background: {
    retrying: (reason, seconds) =>
      `Visningen kunne ikke opdateres efter en ændring i projektmappen. ${reason} BAR prøver igen om ${seconds} sekunder; indtil da kan det viste være forældet.`,
    gaveUp: (reason) =>
      `Visningen kunne ikke opdateres efter en ændring i projektmappen. ${reason} BAR har prøvet flere gange og venter nu på dig; det viste kan være forældet.`,
    watchFailed: (reason) =>
      `BAR kan ikke følge med i ændringer i projektmappen, så visningen opdateres ikke af sig selv. ${reason}`,
  },
  importFromSheet: "Importér fra ark",
  settingNotSaved:
    "Indstillingen blev ikke gemt: den er ændret eller slettet i projektmappen imens. Visningen er opdateret; prøv igen.",
  setUp: {
    heading: "Opsæt projektmappen",
    intro:
      "BAR gemmer initiativer, reduktionsmål og strategi i tabeller på arket BAR, så alle, der deler projektmappen, ser det samme. Andre ark røres ikke.",
    withExample: "Opsæt med eksemplet fra april 2021",
    empty: "Opsæt tomme tabeller",
    done: "Projektmappen er sat op.",
  },
  overview: {
    heading: (target) => `Reduktionsmål: ${target}`,
    amountsIn: "1.000 kr. Reduktioner er negative.",
    rows: {
      target: "Reduktionsmål",
      achieved: "Opnået i alt",
      unallocated: "Heraf forventet, men p.t. ufordelt",
      withoutCarry: "Netto-udestående uden overførsel",
      effectiveTarget: "Mål inkl. overført",
      outstanding: "Netto-udestående med overførsel",
      met: "Mål nået",
      pessimistic: "– pessimistisk",
      optimistic: "– optimistisk",
      notEstimated: "Initiativer uden skøn",
    },
    expected: (label) => `${label}, forventet`,
    rangesNote: (count) =>
      `${count} initiativer har et interval for mindst ét år. Udestående vises som et spænd: pessimistisk (mindste reduktion), forventet (midten) og optimistisk; hvert tilfælde føres frem for sig.`,
    metYes: "Ja",
    metNo: "Nej",
    metUnknown: "Ukendt",
    notEstimatedNote: (count) =>
      `${count} initiativer har endnu intet skøn for mindst ét år; de tæller ikke som 0, men som ukendte.`,
    surplusRule: "Regel for overskud",
    targetScope: (area) =>
      area === null
        ? "Det samlede mål: hvert initiativ tæller med én gang, også dem under Alle myndighedsområder."
        : `Delmål for ${area}: områdets initiativer tæller med her og også i det samlede mål (ikke oveni).`,
    nothingCarried:
      "Med reglen Intet overføres flyttes hverken mangel eller overskud til næste år: udestående er netto-udestående uden overførsel.",
    byAuthorityArea: "Effekt pr. myndighedsområde",
    byFocusArea: "Effekt pr. indsatsområde",
    noFocusArea: "Uden indsatsområde",
    area: "Område",
    strategyHeading: (name) => (name ? `Økonomisk strategi: ${name}` : "Økonomisk strategi"),
    strategyLinkHint:
      "Peg BAR på råderum og kassebeholdning (tabellen BAR_Measures eller navngivne områder) for at se strategien år for år.",
    link: {
      heading: "Hent tal fra budgetmodellen",
      addressLabel: (measure) => `${measure}: område`,
      addressHint: "Én række eller kolonne med et tal pr. år, fx Budget!C10:F10",
      button: "Hent",
      linked: (measure) => `${measure} hentes nu fra budgetmodellen.`,
      wrongShape: (expected, rows, columns) =>
        `Området skal være én række eller kolonne med ${expected} celler (ét pr. år); det er ${rows} × ${columns}.`,
      notAnAddress: (address) => `"${address}" er ikke en celleadresse. Skriv fx Budget!C10:F10.`,
      noSheet: (address) =>
        `"${address}" er en adresse uden ark. Skriv arkets navn foran, fx Budget!${address}, eller marker cellerne og vælg "Brug markering".`,
      useSelection: "Brug markering",
      multipleSelection: "Der er markeret flere områder. Marker ét område (uden Ctrl) og prøv igen.",
      relink: "Hent tallene et andet sted fra",
      sheetMissing: (sheet) => `Arket "${sheet}" findes ikke i projektmappen.`,
    },
    strategyStatus: { BREACH: "Brud på strategien", BELOW_OPTIMAL: "Under det optimale", OK: "I orden" },
    strategyMissing: "Ukendt (tal mangler)",
    strategyInCase: (status, scenario) =>
      `${{ BREACH: "Brud", BELOW_OPTIMAL: "Under det optimale", OK: "I orden" }[status]} i det ${scenario === "pessimistic" ? "pessimistiske" : "optimistiske"} tilfælde`,
    challengesUnknown: (count, names) =>
      `${count} kommende udfordringer er ikke skønnet (${names}). Ukendt er ikke 0, så året kan ikke afgøres.`,
    headroomAfterChallenges: (pessimistic, expected, optimistic) =>
      `Råderum efter kommende udfordringer: ${pessimistic} / ${expected} / ${optimistic} mio. kr. (pessimistisk / forventet / optimistisk)`,
    estimatedChallengesAlone: (status, why) =>
      `Med de skønnede udfordringer alene: ${status.toLowerCase()}${why ? ` (${why})` : ""}.`,
    challengesNote: (count) =>
      `Råderummet regnes efter ${count} kommende udfordringer (tabellen BAR_Challenges); i det pessimistiske tilfælde koster de mest.`,
    strategyColumns: { year: "År", status: "Status", why: "Hvorfor" },
    ruleFailed: (measure, value, comparison, threshold, severity) => {
      const kind =
        severity === "BELOW_OPTIMAL" ? "det optimale" : comparison === "atLeast" ? "minimum" : "maksimum";
      return `${measure} ${value} mio. kr. er ${comparison === "atLeast" ? "under" : "over"} ${kind} ${threshold} mio. kr.`;
    },
    measureNames: { headroom: "Råderum", cash: "Disponibel kassebeholdning" },
    noTargets: "Der er endnu ingen reduktionsmål i tabellen BAR_Targets.",
  },
  initiatives: {
    heading: "Initiativer",
    filters: "Filtre",
    search: "Søg i navn, ansvarlig og note",
    // In brackets: the data has values such as "Alle myndighedsområder" beside it.
    all: "(alle)",
    authorityArea: "Myndighedsområde",
    coreArea: "Kerneområde",
    focusArea: "Indsatsområde",
    status: "Status",
    name: "Navn",
    owner: "Ansvarlig",
    note: "Note",
    kind: "Linjetype",
    fullYearEffect: "Helårsvirkning",
    lastChanged: "Senest ændret",
    shownOf: (shown, total) => `Viser ${shown} af ${total}`,
    totals: "I alt (viste)",
    noEstimateFlag: "Intet skøn endnu",
    rangeTitle: (expected) => `Interval; forventet ${expected}`,
    staleFlag: (days) => `Ikke opdateret i ${days} dage`,
    neverStamped: "Aldrig opdateret via BAR",
    add: "Nyt initiativ",
    edit: (name) => `Rediger ${name}`,
    sortBy: (column) => `Sorter efter ${column}`,
    empty: "Ingen initiativer passer til filtrene.",
    unallocatedHeading: "Forventet, men p.t. ufordelt",
    resetFilters: "Nulstil filtre",
  },
  form: {
    addHeading: "Nyt initiativ",
    editHeading: (name) => `Rediger: ${name}`,
    effectsLegend: "Effekt pr. år (1.000 kr.)",
    effectHint: 'Fx -1.257, eller et interval: -1.500 til -900. Skriv "-" hvis det endnu ikke er skønnet.',
    save: "Gem",
    saving: "Gemmer …",
    cancel: "Annuller",
    saved: "Gemt.",
    unchanged: "Intet at gemme: intet er ændret.",
    notFound: "Initiativet findes ikke længere; det er slettet i projektmappen.",
    required: "Skal udfyldes",
    understood: (amount) => `Forstået som ${amount}`,
    understoodNotEstimated: "Forstået som: ikke skønnet endnu",
    understoodRange: (low, high, expected) =>
      `Forstået som interval fra ${low} til ${high} (forventet ${expected})`,
    lowAboveHigh: (found, low, high) =>
      `"${found}": den lave ende ${low} er over den høje ${high}. Skriv den laveste først.`,
    notAnAmount: (found) => `"${found}" er ikke et beløb. Skriv fx -1.257 eller -1257,5.`,
    wrongDecimalMark: (found, suggestion) =>
      `"${found}": på dansk er komma decimaltegn, og punktum skiller tusinder. Skriv ${suggestion}, hvis du mener et decimaltal.`,
    length: (count, limit) => `${count} af højst ${limit} tegn`,
    textTooLong: (field, limit, count) => `${field} må højst være ${limit} tegn; der står ${count}.`,
    showOptions: "Vis forslag",
    discard: {
      title: "Kassér ændringerne?",
      body: "Du har ændringer, der ikke er gemt. Lukker du formularen, går de tabt.",
      discard: "Kassér ændringerne",
      keepEditing: "Fortsæt med at redigere",
    },
  },
  conflict: {
    heading: "En anden har ændret det samme",
    intro: (who) =>
      `${who ?? "En medforfatter"} har ændret initiativet, mens du redigerede. Vælg, hvad der skal gælde.`,
    empty: "(tom)",
    field: "Felt",
    mine: "Min version",
    theirs: "Den andens version",
    keepMine: "Behold min",
    keepTheirs: "Behold deres",
    keepChosen: "Gem valgte",
  },
  report: {
    button: "Skriv statusrapport",
    done: (sheet) => `Statusrapporten er skrevet på arket ${sheet}.`,
    doneBeside: (sheet, userSheet) =>
      `Statusrapporten er skrevet på det nye ark ${sheet}. Arket ${userSheet} er ikke skrevet af BAR, så det er ikke rørt.`,
    blocked: (address) =>
      `Statusrapporten er vokset, og cellerne ${address} indeholder andet. Intet er skrevet: flyt cellerne, og skriv rapporten igen.`,
    sheetTitle: "Status på initiativer",
    targetRow: "Reduktionsmål",
    netWithoutCarry: "Netto-udestående uden overførsel",
    netWithCarry: "Netto-udestående med overførsel",
    chartTitle: "Mål, opnået og udestående med overførsel pr. år",
    achievedSeries: "Opnået",
    targetSeries: "Reduktionsmål",
    unit: "1.000 kr.",
  },
  problems: {
    heading: (count) => `${count} forhold i projektmappen kræver opmærksomhed`,
    repair: "Ret",
    repaired: "Rettet.",
    repairAll: (count) => `Ret alle (${count} rettelser, der ikke ændrer nogen værdi)`,
    repairedAll: (count) => `${count} rettelser er udført.`,
  },
  changedByCoAuthor: "Projektmappen er ændret af en anden; visningen er opdateret.",
};
