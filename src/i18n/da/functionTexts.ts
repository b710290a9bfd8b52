/**
 * Danish names and help for the BAR custom functions. The build turns this table and the
 * English `functions.json` (from JSDoc) into `functions.da-DK.json`; a test checks that
 * both list the same functions and parameters.
 */

/** Danish display names of the functions' arguments, keyed by their English (JSDoc) names. */
export const DANISH_PARAMETER_NAMES: Record<string, string> = {
  targets: "mål",
  achieved: "opnået",
  mode: "regel",
  detail: "detaljer",
  headroom: "råderum",
  cash: "kasse",
  minHeadroom: "min_råderum",
  optimalHeadroom: "optimalt_råderum",
  minCash: "min_kasse",
  taxes: "skatter",
  grants: "tilskud_udligning",
  operatingExpenditure: "driftsudgifter",
  netInterest: "renter_netto",
  dates: "datoer",
  balances: "beholdninger",
  asOf: "pr_dato",
  floor: "bundgrænse",
  expenditure: "udgifter",
  citizens: "borgere",
  part: "del",
  spentToDate: "forbrug_til_dato",
  monthsElapsed: "måneder",
  budget: "budget",
  profile: "profil",
  ownUnitCost: "egen_enhedsudgift",
  peerUnitCosts: "andres_enhedsudgifter",
  volume: "mængde",
  quantile: "fraktil",
  values: "værdier",
  scenario: "tilfælde",
  worse: "værst",
  challenges: "udfordringer",
};

/** Danish texts of one function: its name in Danish Excel, its help, and each parameter's help. */
export type DanishFunctionText = {
  name: string;
  description: string;
  result: string;
  parameters: Record<string, string>;
};

/** Keyed by function id (the English upper-case name); parameters in declaration order. */
export const DANISH_FUNCTION_TEXTS: Record<string, DanishFunctionText> = {
  CARRYFORWARD: {
    name: "OVERFØR",
    description: "Udestående reduktion pr. år, når et års manglende reduktion lægges oven i næste års mål.",
    result: "Udestående pr. år med målenes fortegn: med negative mål betyder -720, at 720 endnu mangler.",
    parameters: {
      targets:
        "Reduktionsmål pr. år i én række eller kolonne (niveauer, ikke tilvækster), fx -2000, -3000, -5000, -7000.",
      achieved:
        'Initiativernes effekt pr. år: én linje pr. initiativ, ét tal pr. år. Tom eller "-" (endnu ikke beregnet) tæller som 0.',
      mode: '"release" (standard): et overskud går til den generelle økonomi. "bank": et overskud sænker næste års mål. "none": intet overføres.',
      detail: "SAND giver fire linjer: effektivt mål, opnået, udestående, overført til næste år.",
    },
  },
  STRATEGYCHECK: {
    name: "STRATEGITJEK",
    description:
      'Vurderer hvert år mod den økonomiske strategi: "BREACH" (brud), "BELOW_OPTIMAL" (under optimalt) eller "OK".',
    result:
      'En status pr. år: "BREACH", "BELOW_OPTIMAL" eller "OK" (#I/T for et år, der er tomt eller "-", endnu ikke beregnet).',
    parameters: {
      headroom: "Råderum pr. år efter ordinær drift (positivt = overskud) i én række eller kolonne.",
      cash: "Disponibel kassebeholdning pr. år, samme længde og enhed som råderummet.",
      minHeadroom:
        "Mindste acceptable råderum; derunder er strategien brudt. Standard 70 (eller det optimale, hvis det er lavere).",
      optimalHeadroom:
        'Optimalt råderum; derunder er status "BELOW_OPTIMAL". Standard det største af 100 og det mindste råderum.',
      minCash: "Mindste acceptable disponible kassebeholdning; derunder er strategien brudt. Standard 100.",
    },
  },
  HEADROOM: {
    name: "RÅDERUM",
    description:
      "Råderum pr. år: overskuddet på den ordinære drift som et positivt beløb, klar til BAR.STRATEGITJEK.",
    result:
      'Råderum pr. år = -(skatter + tilskud og udligning + driftsudgifter + renter netto); positivt er et overskud. Tom eller "-" tæller som 0.',
    parameters: {
      taxes:
        "Skatter pr. år i én række eller kolonne, som indtægt: negativt, fx -3000. Alene: hele blokken af budgetlinjer, én række pr. linje og én kolonne pr. år.",
      grants:
        "Generelle tilskud og udligning pr. år, samme længde som skatterne (indtægt negativ, en nettobetaling positiv).",
      operatingExpenditure: "Nettodriftsudgifter pr. år (udgifter positive).",
      netInterest: "Renter netto pr. år (betalte renter positive, modtagne negative).",
    },
  },
  LIQUIDITYAVERAGE: {
    name: "LIKVIDITET365",
    description:
      "Gennemsnitlig likviditet over 12 måneder (kassekreditreglen): gennemsnittet af beholdningen ved dagens slutning på pr.-datoen og de 364 dage før.",
    result: "Gennemsnittet over 365 dage; #I/T når beholdningerne ikke går 365 dage tilbage.",
    parameters: {
      dates:
        "Beholdningernes datoer i én række eller kolonne, i datoorden (datoceller eller tekst åååå-mm-dd). En beholdning gælder til næste dato.",
      balances:
        "Beholdningen på hver dato, samme længde som datoerne. Med flere beholdninger på samme dato er den sidste dagens slutbeholdning.",
      asOf: "Dagen, gennemsnittet går til (standard: den sidste dato). En række eller kolonne af dage giver ét gennemsnit pr. dag; en tom dag en tom celle.",
    },
  },
  LIQUIDITYCHECK: {
    name: "LIKVIDITETSTJEK",
    description:
      'Vurderer hver dateret beholdning og gennemsnittet over 12 måneder mod en bundgrænse: "OK", "AVERAGE_BELOW_FLOOR" (gennemsnit under), "BALANCE_BELOW_FLOOR" (beholdning under) eller "BOTH_BELOW_FLOOR" (begge under).',
    result:
      "En status pr. dato for dagene frem til næste dato, der har 365 dages beholdninger bag sig; #I/T for en dato uden en sådan dag.",
    parameters: {
      dates:
        "Beholdningernes datoer i én række eller kolonne, i datoorden. En beholdning gælder til næste dato.",
      balances: "Beholdningen på hver dato, samme længde som datoerne.",
      floor:
        "Laveste acceptable beholdning og gennemsnit over 365 dage, i beholdningernes enhed. Standard 0 (lovens regel).",
    },
  },
  PRICEVOLUME: {
    name: "PRISMÆNGDE",
    description:
      "Deler udgiftsvæksten i mængde (flere borgere) og pris (dyrere hjælp pr. borger); de to lægger sig præcist til ændringen.",
    result:
      "For hver ændring fra en periode til den næste: mængdeeffekten og priseffekten (midtpunktsmetoden).",
    parameters: {
      expenditure: "Samlede udgifter pr. periode i én række eller kolonne, fx 359 og 396 (mio. kr.).",
      citizens: "Antal borgere, der får hjælp, pr. periode, samme længde, fx 1200 og 1260.",
      part: '"both" (standard): mængde, derefter pris. "volume" eller "price": kun den effekt.',
    },
  },
  YEARENDFORECAST: {
    name: "ÅRSPROGNOSE",
    description:
      "Forventet forbrug for hele året ud fra forbruget til dato, og den forventede afvigelse fra budgettet.",
    result:
      "Pr. beløb: forventet forbrug for hele året og afvigelsen prognose - budget (positiv = merforbrug).",
    parameters: {
      spentToDate:
        'Forbrugt i år til dato: ét beløb eller ét pr. konto i en række eller kolonne. Tom tæller som 0; "-" (endnu ikke beregnet) giver #I/T.',
      monthsElapsed: "Hele måneder af året, der er bogført, 1 til 12.",
      budget:
        'Årets budget, ét pr. forbrugsbeløb. Uden budget, eller for et tomt budget eller "-", er afvigelsen #I/T.',
      profile:
        "12 månedsandele af årets forbrug, der summerer til 1 (100 %) ± 0,5 %. Standard: jævnt, 1/12 pr. måned.",
      part: '"both" (standard): prognose og afvigelse side om side. "forecast" eller "deviation": kun den ene.',
    },
  },
  BENCHMARKPOTENTIAL: {
    name: "BENCHMARKPOTENTIALE",
    description:
      "Hvad den egen mængde ville koste mindre ved sammenlignelige kommuners enhedsudgift (som standard deres median); aldrig negativt.",
    result:
      "max(0; (egen enhedsudgift - de andres fraktil) × mængde); 0 når kommunen allerede ligger på eller under.",
    parameters: {
      ownUnitCost: "Kommunens egen enhedsudgift, fx kr. pr. borger eller pr. plejedøgn.",
      peerUnitCosts:
        'De sammenlignelige kommuners enhedsudgifter, mindst 3. Tomme celler, 0 og "-" udelades.',
      volume: "Den egen mængde i samme enhed, fx antal borgere eller plejedøgn.",
      quantile:
        "Den andel af de andre, der sammenlignes med, 0 til 1, som FRAKTIL.MEDTAG. Standard 0,5 (medianen); 0,25 er den billigste fjerdedel.",
    },
  },
  SCENARIO: {
    name: "SCENARIE",
    description:
      'Gør celler med tal, intervaller ("7,5-14,5", "-1.500 til -900") eller "-" til tallene i ét tilfælde, fx til BAR.OVERFØR.',
    result:
      "De samme celler som tal i tilfældet; en tom celle forbliver tom, og en celle, der ikke er beregnet, giver #I/T (ukendt er ikke nul).",
    parameters: {
      values:
        'Celler med et tal, et interval med den laveste værdi først ("0-20", "-1.500 til -900") eller "-" / "ukendt" (ikke beregnet).',
      scenario:
        '"pessimistisk" (hvert interval i den værste ende), "forventet" (midtpunktet) eller "optimistisk" (den bedste ende). De engelske navne virker også.',
      worse:
        '"højere" (standard): et højere tal er værre, som for udgifter og for reduktioner skrevet negative. "lavere": for råderum, kasse og reduktioner skrevet positive.',
    },
  },
  STRATEGYCASES: {
    name: "STRATEGITILFÆLDE",
    description:
      'Vurderer hvert år mod den økonomiske strategi i det pessimistiske, forventede og optimistiske tilfælde: én linje med "BREACH", "BELOW_OPTIMAL" eller "OK" pr. tilfælde.',
    result:
      "Tre linjer pr. år: pessimistisk, forventet, optimistisk. #I/T for et år med et tal, der ikke er beregnet, i alle tilfælde.",
    parameters: {
      headroom:
        'Råderum pr. år i én række eller kolonne: tal eller intervaller som "60-80"; "-" er ikke beregnet.',
      cash: "Disponibel kassebeholdning pr. år, samme længde: tal eller intervaller.",
      challenges:
        'Kommende udfordringer: én linje pr. udfordring, en merudgift pr. år (positiv = dyrere), fx "7,5-14,5" eller "ukendt". En tom celle er ingen udgift.',
      minHeadroom:
        "Mindste acceptable råderum; derunder er strategien brudt. Standard 70 (eller det optimale, hvis det er lavere).",
      optimalHeadroom:
        'Optimalt råderum; derunder er status "BELOW_OPTIMAL". Standard det største af 100 og det mindste råderum.',
      minCash: "Mindste acceptable disponible kassebeholdning; derunder er strategien brudt. Standard 100.",
    },
  },
};
