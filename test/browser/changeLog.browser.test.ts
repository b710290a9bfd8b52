import {
  coAuthorSets,
  rowTexts,
  startPreviewSession,
  typeInto,
  workbookValues,
  type PreviewSession,
} from "../support/previewPage";

let session: PreviewSession;

beforeAll(async () => {
  session = await startPreviewSession();
});

afterAll(async () => {
  await session?.close();
});

const WITHOUT_CARRY = "Netto-udestående uden overførsel";

async function overviewRow(): Promise<string[]> {
  const { pane } = session;
  await pane.getByRole("tab", { name: "Oversigt" }).click();
  return rowTexts(pane, WITHOUT_CARRY);
}

async function edit(name: string): Promise<void> {
  const { pane } = session;
  await pane.getByRole("tab", { name: "Initiativer" }).click();
  await pane.getByRole("button", { name: `Rediger ${name}` }).click();
}

describe("delete, restore and undo in the pane", () => {
  it("deletes an initiative only after confirmation, and restores it from the change log", async () => {
    await session.open();
    const { pane } = session;
    const before = await overviewRow();
    await edit("Foranstaltninger for unge");
    await pane.getByRole("button", { name: "Slet initiativ" }).click();
    await pane.getByRole("alertdialog", { name: 'Slet "Foranstaltninger for unge"?' }).waitFor();
    await pane.getByRole("button", { name: "Slet", exact: true }).click();
    await pane
      .getByText('"Foranstaltninger for unge" er slettet. Det kan gendannes fra ændringsloggen.')
      .waitFor();
    expect(await pane.getByRole("button", { name: "Rediger Foranstaltninger for unge" }).count()).toBe(0);
    expect(await overviewRow()).not.toEqual(before);

    await pane.getByRole("tab", { name: "Initiativer" }).click();
    await pane.getByRole("button", { name: "Vis slettede initiativer" }).click();
    await pane.getByRole("button", { name: 'Gendan "Foranstaltninger for unge"' }).click();
    await pane.getByRole("button", { name: "Rediger Foranstaltninger for unge" }).waitFor();
    expect(await overviewRow()).toEqual(before);
  });

  it("keeps the initiative when the user answers Behold", async () => {
    await session.open();
    const { pane } = session;
    await edit("Kontraktgrundlag");
    await pane.getByRole("button", { name: "Slet initiativ" }).click();
    await pane.getByRole("button", { name: "Behold" }).click();
    expect(await pane.getByRole("alertdialog").count()).toBe(0);
    await pane.getByRole("button", { name: "Annuller" }).click();
    expect(await pane.getByRole("button", { name: "Rediger Kontraktgrundlag" }).count()).toBe(1);
  });

  it("undoes my last change after saying what it undoes", async () => {
    await session.open();
    const { pane } = session;
    const before = await overviewRow();
    await edit("Kontraktgrundlag");
    await pane.getByRole("textbox", { name: "2023" }).fill("-9.999");
    await pane.getByRole("button", { name: "Gem" }).click();
    await pane.getByRole("button", { name: "Nyt initiativ" }).waitFor();
    expect(await overviewRow()).not.toEqual(before);

    await pane.getByRole("button", { name: "Fortryd min seneste ændring" }).click();
    const question = pane.getByRole("alertdialog", { name: "Fortryd din seneste ændring?" });
    await question.waitFor();
    expect(await question.innerText()).toContain("Kontraktgrundlag: 2023:");
    expect(await question.innerText()).toContain("→ -9.999");
    await pane.getByRole("button", { name: "Fortryd", exact: true }).click();
    await pane.getByText("Ændringen er fortrudt.").waitFor();
    expect(await overviewRow()).toEqual(before);
  });

  it("shows an initiative's history and sets a change back from it", async () => {
    await session.open();
    const { pane } = session;
    await edit("Kontraktgrundlag");
    await pane.getByRole("textbox", { name: "Ansvarlig" }).fill("Mette");
    await pane.getByRole("button", { name: "Gem" }).click();
    await pane.getByRole("button", { name: "Nyt initiativ" }).waitFor();
    await edit("Kontraktgrundlag");
    const history = pane.getByRole("region", { name: "Historik" });
    await history.getByText(/Ansvarlig: .* → Mette/).waitFor();
    await history.getByRole("button", { name: "Sæt tilbage til før denne ændring" }).first().click();
    await pane.getByText("Ændringen er fortrudt.").waitFor();
    await edit("Kontraktgrundlag");
    expect(await pane.getByRole("textbox", { name: "Ansvarlig" }).inputValue()).not.toBe("Mette");
  });
});

/** Waits until some cell of the BAR sheet (the change log's among them) holds `text` twice: in the table and in the log. */
async function logged(text: string): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    const cells = (await workbookValues(session.page, "BAR", "A1:DZ60")).flat();
    if (cells.filter((cell) => cell === text).length >= 2) return;
    await session.page.waitForTimeout(100);
  }
  throw new Error(`"${text}" never reached the change log`);
}

describe("edits typed into the tables reach the change log", () => {
  it("logs an edit typed in this Excel under the user's log name, and a co-author's as 'en medforfatter'", async () => {
    await session.open();
    const { page, pane } = session;
    await pane.getByRole("tab", { name: "Initiativer" }).click();
    const header = (await workbookValues(page, "BAR", "A1:Z1"))[0];
    const owner = String.fromCharCode(65 + header.indexOf("Owner"));
    await typeInto(page, "BAR", { [`${owner}3`]: "Skrevet i arket" });
    await logged("Skrevet i arket");
    await coAuthorSets(page, "Foranstaltninger for unge", "Note", "Bos note");
    await logged("Bos note");
    await pane.getByRole("button", { name: "Rediger Foranstaltninger for unge" }).click();
    const history = pane.getByRole("region", { name: "Historik" });
    const typed = history.getByRole("listitem").filter({ hasText: "Skrevet i arket" });
    await typed.waitFor();
    expect(await typed.innerText()).toContain("(uden navn)");
    const theirs = history.getByRole("listitem").filter({ hasText: "Bos note" });
    await theirs.waitFor();
    expect(await theirs.innerText()).toContain("en medforfatter");
  });
});
