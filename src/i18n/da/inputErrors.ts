import type { InputErrorTexts } from "../inputErrorTexts";
import { DANISH_PARAMETER_NAMES } from "./functionTexts";

/** Danish messages for bad input to the BAR functions. */
export const daInputErrors: InputErrorTexts = {
  argument: (name) => `Argumentet ${name}`,
  cell: (address) => `celle ${address}`,
  position: (row, column) => `række ${row}, kolonne ${column} i området`,
  problems: {
    text: ({ found }) =>
      `forventede et tal, men fandt teksten "${found}". Skriv beløb som tal (fx -1257, ikke "1.257" som tekst).`,
    boolean: ({ found }) => `forventede et tal, men fandt ${found ? "SAND" : "FALSK"}.`,
    errorValue: ({ found }) => `cellen indeholder fejlen ${found}; ret den celle først.`,
    notFinite: () => "forventede et endeligt tal.",
    tooLarge: ({ limit }) => `beløbet er større end ${limit.toExponential()} og kan ikke beregnes præcist.`,
    blank: () => "cellen er tom. Et år uden tal kan ikke vurderes (ukendt er ikke nul).",
    emptyRange: () => "området er tomt.",
    notALine: ({ rows, columns }) =>
      `forventede én række eller én kolonne med et tal pr. år, men området er ${rows} rækker × ${columns} kolonner.`,
    notOneCell: ({ rows, columns }) =>
      `forventede én værdi, men fik et område på ${rows} × ${columns} celler.`,
    lengthMismatch: ({ expected, found, other }, name) =>
      `forventede ${expected} år som i ${name(other)}, men fandt ${found}.`,
    mixedSigns: () =>
      "målene blander positive og negative beløb. Skriv alle reduktioner som negative tal (som i dokumenterne) eller alle som positive.",
    unknownOption: ({ found, allowed }) =>
      `"${found}" er ikke tilladt her; brug en af: ${allowed.join(", ")}.`,
    thresholdOrder: ({ other }, name) => `skal være mindst ${name(other)}.`,
    missing: () => "mangler.",
  },
  parameterNames: DANISH_PARAMETER_NAMES,
};
