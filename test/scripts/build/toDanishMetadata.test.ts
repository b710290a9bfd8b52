import { toDanishHelpUrl, toDanishMetadata } from "../../../scripts/build/toDanishMetadata";
import type { FunctionsMetadata } from "../../../src/functions/functionsMetadata";

const english: FunctionsMetadata = {
  functions: [
    {
      id: "HEADROOM",
      name: "HEADROOM",
      description: "Headroom per year.",
      helpUrl: "https://localhost:3000/help/headroom.en.html",
      parameters: [{ name: "taxes", type: "any", dimensionality: "matrix" }],
    },
  ],
};
const texts = {
  HEADROOM: {
    name: "RÅDERUM",
    description: "Råderum pr. år.",
    result: "Råderum.",
    parameters: { taxes: "Skatter." },
  },
};

describe("toDanishMetadata", () => {
  it("translates names, descriptions and parameter names and keeps the rest", () => {
    expect(toDanishMetadata(english, texts, { taxes: "skatter" }).functions[0]).toEqual({
      id: "HEADROOM",
      name: "RÅDERUM",
      description: "Råderum pr. år.",
      helpUrl: "https://localhost:3000/help/headroom.da.html",
      parameters: [{ name: "skatter", description: "Skatter.", type: "any", dimensionality: "matrix" }],
    });
  });

  it("fails, naming the function, when a function has no Danish text", () => {
    expect(() => toDanishMetadata(english, {}, { taxes: "skatter" })).toThrow(/HEADROOM: no entry/);
  });

  it("fails, naming the argument, when a parameter has no Danish name", () => {
    expect(() => toDanishMetadata(english, texts, {})).toThrow(/argument "taxes"/);
  });

  it("fails when the Danish table describes an argument the function does not have", () => {
    const extra = { HEADROOM: { ...texts.HEADROOM, parameters: { taxes: "Skatter.", grants: "Tilskud." } } };
    expect(() => toDanishMetadata(english, extra, { taxes: "skatter" })).toThrow(/"grants"/);
  });
});

describe("toDanishHelpUrl", () => {
  it("points at the .da.html twin of the English page", () => {
    expect(toDanishHelpUrl("https://x.dk/help/carryforward.en.html")).toBe(
      "https://x.dk/help/carryforward.da.html",
    );
  });
});
