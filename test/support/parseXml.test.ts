import { parseXml } from "./parseXml";

describe("parseXml", () => {
  it("reads elements, attributes and entities", () => {
    expect(parseXml('<a><b c="x &amp; y"/></a>').children[0].attributes).toEqual({ c: "x & y" });
  });

  it.each([
    ["a mismatched closing tag", "<a><b></a>"],
    ["a repeated attribute", '<a x="1" x="2"/>'],
    ["an unknown entity", "<a>&nbsp;</a>"],
    ["two root elements", "<a/><b/>"],
  ])("rejects %s", (_problem, xml) => {
    expect(() => parseXml(xml)).toThrow();
  });
});
