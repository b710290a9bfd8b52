import { descriptionOf, rowTexts, startPreviewSession, type PreviewSession } from "../support/previewPage";

let session: PreviewSession;

beforeAll(async () => {
  session = await startPreviewSession();
});

afterAll(async () => {
  await session?.close();
});

const WITHOUT_CARRY = "Netto-udestående uden overførsel";

/** Opens the edit form of an initiative of the seed, in Danish unless `english`. */
async function edit(name: string, english = false): Promise<void> {
  const { pane } = session;
  await session.open(english ? "?lang=en-US" : "");
  await pane.getByRole("tab", { name: english ? "Initiatives" : "Initiativer" }).click();
  await pane.getByRole("button", { name: `${english ? "Edit" : "Rediger"} ${name}` }).click();
}

describe("leaving the edit form", () => {
  it("asks before Escape throws away an unsaved change, and keeps editing on request", async () => {
    await edit("Kontraktgrundlag");
    const { pane } = session;
    await pane.getByRole("textbox", { name: "2023" }).fill("-2.720");
    await pane.getByRole("textbox", { name: "2023" }).press("Escape");
    await pane.getByRole("alertdialog", { name: "Kassér ændringerne?" }).waitFor();
    await pane.getByRole("button", { name: "Fortsæt med at redigere" }).click();
    expect(await pane.getByRole("textbox", { name: "2023" }).inputValue()).toBe("-2.720");
  });

  it("discards the change once the user confirms", async () => {
    await edit("Kontraktgrundlag");
    const { pane } = session;
    await pane.getByRole("textbox", { name: "2023" }).fill("-2.720");
    await pane.getByRole("textbox", { name: "Navn", exact: true }).press("Escape");
    await pane.getByRole("button", { name: "Kassér ændringerne" }).click();
    await pane.getByRole("button", { name: "Nyt initiativ" }).waitFor();
    await pane.getByRole("tab", { name: "Oversigt" }).click();
    expect(await rowTexts(pane, WITHOUT_CARRY)).toEqual(["0", "-720", "-2.720", "-4.720"]);
  });

  it("asks in English too when Cancel would lose a change", async () => {
    await edit("Foranstaltninger for unge", true);
    const { pane } = session;
    await pane.getByRole("textbox", { name: "Owner" }).fill("Anna");
    await pane.getByRole("button", { name: "Cancel" }).click();
    await pane.getByRole("alertdialog", { name: "Discard your changes?" }).waitFor();
    expect(await pane.getByRole("button", { name: "Keep editing" }).count()).toBe(1);
  });

  it("closes an unchanged form on Escape without asking", async () => {
    await edit("Kontraktgrundlag");
    const { pane } = session;
    await pane.getByRole("textbox", { name: "Navn", exact: true }).press("Escape");
    await pane.getByRole("button", { name: "Nyt initiativ" }).waitFor();
    expect(await pane.getByRole("alertdialog").count()).toBe(0);
  });
});

describe("amounts in the edit form", () => {
  it('replaces the "-" of a year not estimated with what is typed after a click', async () => {
    await session.open();
    const { pane } = session;
    await pane.getByRole("tab", { name: "Initiativer" }).click();
    await pane.getByRole("button", { name: "Nyt initiativ" }).click();
    const year = pane.getByRole("textbox", { name: "2022" });
    expect(await year.inputValue()).toBe("-");
    await year.click();
    await year.pressSequentially("-1.257");
    expect(await year.inputValue()).toBe("-1.257");
  });

  it("reads -1,257 in Danish as minus one point two five seven and says so before saving", async () => {
    await edit("Kontraktgrundlag");
    const { pane } = session;
    const year = pane.getByRole("textbox", { name: "2023" });
    await year.fill("-1,257");
    await pane.getByText("Forstået som -1,257").waitFor();
    await pane.getByRole("button", { name: "Gem" }).click();
    await pane.getByText("Gemt.").waitFor();
    await pane.getByRole("button", { name: "Rediger Kontraktgrundlag" }).click();
    expect(await pane.getByRole("textbox", { name: "2023" }).inputValue()).toBe("-1,257");
  });

  it("shows the thousands it read from -1.257 in Danish", async () => {
    await edit("Kontraktgrundlag");
    const { pane } = session;
    await pane.getByRole("textbox", { name: "2023" }).fill("-1.257");
    await pane.getByText("Forstået som -1.257").waitFor();
    expect(await descriptionOf(pane.getByRole("textbox", { name: "2023" }))).toContain("Forstået som -1.257");
  });

  it("refuses a point as a decimal mark in Danish and says how to write it", async () => {
    await edit("Kontraktgrundlag");
    const { pane } = session;
    await pane.getByRole("textbox", { name: "2023" }).fill("-1.25");
    await pane.getByRole("button", { name: "Gem" }).click();
    await pane.getByText("Skriv -1,25, hvis du mener et decimaltal.", { exact: false }).waitFor();
    expect(await pane.getByRole("textbox", { name: "2023" }).inputValue()).toBe("-1.25");
  });

  it("reads -1.257 in English as minus one point two five seven, not a thousand times more", async () => {
    await edit("Foranstaltninger for unge", true);
    const { pane } = session;
    await pane.getByRole("textbox", { name: "2023" }).fill("-1.257");
    await pane.getByText("Understood as -1.257").waitFor();
    await pane.getByRole("button", { name: "Save" }).click();
    await pane.getByText("Saved.").waitFor();
    await pane.getByRole("button", { name: "Edit Foranstaltninger for unge" }).click();
    expect(await pane.getByRole("textbox", { name: "2023" }).inputValue()).toBe("-1.257");
  });

  it("refuses a word in English with an example in English number format", async () => {
    await edit("Foranstaltninger for unge", true);
    const { pane } = session;
    await pane.getByRole("textbox", { name: "2023" }).fill("about 2 million");
    await pane.getByRole("button", { name: "Save" }).click();
    await pane.getByText('"about 2 million" is not an amount. Write e.g. -1,257 or -1257.5.').waitFor();
    expect(await pane.getByRole("textbox", { name: "2023" }).inputValue()).toBe("about 2 million");
  });
});

describe("text fields in the edit form", () => {
  it("shows the name's limit and says at the field, in Danish, that a name is too long", async () => {
    await edit("Kontraktgrundlag");
    const { pane } = session;
    const name = pane.getByRole("textbox", { name: "Navn", exact: true });
    await name.fill("x".repeat(300));
    await pane.getByText("300 af højst 255 tegn").waitFor();
    await pane.getByRole("button", { name: "Gem" }).click();
    await pane.getByText("Navn må højst være 255 tegn; der står 300.").waitFor();
    expect(await descriptionOf(name)).toContain("Navn må højst være 255 tegn; der står 300.");
  });

  it("says in English that a name is too long", async () => {
    await edit("Foranstaltninger for unge", true);
    const { pane } = session;
    await pane.getByRole("textbox", { name: "Name", exact: true }).fill("x".repeat(256));
    await pane.getByRole("button", { name: "Save" }).click();
    await pane.getByText("Name can be at most 255 characters; it has 256.").waitFor();
    expect(await pane.getByText("Feltet name").count()).toBe(0);
  });

  it("starts the change log's name empty, with a prompt", async () => {
    await session.open();
    const field = session.pane.getByRole("textbox", { name: "Dit navn (til ændringsloggen)" });
    expect([await field.inputValue(), await field.getAttribute("placeholder")]).toEqual([
      "",
      "Skriv dit navn, så loggen viser, hvem der ændrede",
    ]);
  });
});
