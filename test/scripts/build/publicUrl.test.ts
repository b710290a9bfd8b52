import { DEFAULT_PUBLIC_URL, DEV_URL, readPublicUrl, toPublicUrls } from "../../../scripts/build/publicUrl";

describe("readPublicUrl", () => {
  it("falls back to the documented default when BAR_PUBLIC_URL is not set", () => {
    expect(readPublicUrl(undefined)).toBe(DEFAULT_PUBLIC_URL);
  });

  it("adds the trailing slash the URL rewriting relies on", () => {
    expect(readPublicUrl("https://budget.kommune.dk/bar")).toBe("https://budget.kommune.dk/bar/");
  });

  it("refuses a URL that is not https, which Office would not load", () => {
    expect(() => readPublicUrl("http://budget.kommune.dk/")).toThrow(/https/);
  });

  it("refuses text that is not a URL", () => {
    expect(() => readPublicUrl("budget.kommune.dk")).toThrow(/not a URL/);
  });
});

describe("toPublicUrls", () => {
  it("moves every dev URL under the public base URL", () => {
    expect(toPublicUrls(`<a href="${DEV_URL}help/x.da.html"/>`, "https://k.dk/bar/")).toBe(
      '<a href="https://k.dk/bar/help/x.da.html"/>',
    );
  });

  it("turns the bare dev origin (the AppDomain) into the public origin", () => {
    expect(toPublicUrls("<AppDomain>https://localhost:3000</AppDomain>", "https://k.dk/bar/")).toBe(
      "<AppDomain>https://k.dk</AppDomain>",
    );
  });
});
