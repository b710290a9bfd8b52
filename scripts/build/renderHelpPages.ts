import type { FunctionMetadata, FunctionsMetadata } from "../../src/functions/functionsMetadata";
import type { HelpTexts } from "../../src/i18n/helpTexts";
import type { Language } from "../../src/i18n/language";

/** Everything one language's help pages are made of. */
export type HelpLanguage = {
  metadata: FunctionsMetadata;
  /** What each function returns, by id (functions.json has no field for it). */
  results: Record<string, string>;
  texts: HelpTexts;
};

/** Where a function's help page lives, relative to the add-in's base URL. */
export function helpPagePath(id: string, language: Language): string {
  return `help/${id.toLowerCase()}.${language}.html`;
}

/** Where the "how to use BAR" page lives, relative to the add-in's base URL (the pane links to it). */
export function guidePagePath(language: Language): string {
  return `help/guide.${language}.html`;
}

/** Functions whose English `@helpurl` is not the page the build writes for them. */
export function helpUrlProblems(english: FunctionsMetadata, baseUrl: string): string[] {
  return english.functions
    .filter((fn) => fn.helpUrl !== baseUrl + helpPagePath(fn.id, "en"))
    .map(
      (fn) =>
        `${fn.id}: @helpurl is ${fn.helpUrl ?? "missing"}; it should be ${baseUrl + helpPagePath(fn.id, "en")}`,
    );
}

/** The help pages of every function in both languages plus an index per language, keyed by path. */
export function renderHelpPages(
  namespace: string,
  languages: Record<Language, HelpLanguage>,
): Map<string, string> {
  const pages = new Map<string, string>();
  for (const language of ["da", "en"] as const) {
    const other = language === "da" ? "en" : "da";
    const { metadata, texts } = languages[language];
    pages.set(`help/index.${language}.html`, renderIndex(namespace, metadata, texts, other));
    pages.set(guidePagePath(language), renderGuide(texts, other));
    for (const fn of metadata.functions) {
      pages.set(helpPagePath(fn.id, language), renderFunction(namespace, fn, languages[language], other));
    }
  }
  return pages;
}

function renderFunction(
  namespace: string,
  fn: FunctionMetadata,
  help: HelpLanguage,
  other: Language,
): string {
  const { texts } = help;
  const fullName = `${namespace}.${fn.name}`;
  const syntax = fn.parameters
    .map((p) => (p.optional ? `[${p.name}]` : p.name))
    .join(texts.argumentSeparator);
  const rows = fn.parameters.map(
    (p) =>
      `<tr><td><code>${escape(p.name)}</code>${p.optional ? ` (${escape(texts.optional)})` : ""}</td>` +
      `<td>${escape(p.description ?? "")}</td></tr>`,
  );
  const result = help.results[fn.id];
  const examples = (texts.examplesByFunction[fn.id] ?? []).map(
    (example) =>
      `<pre><code>=${escape(fullName)}(${escape(example.arguments.join(texts.argumentSeparator))})</code></pre>` +
      `<p>${escape(example.explanation)}</p>`,
  );
  const body = [
    navigation(texts, `${fn.id.toLowerCase()}.${other}.html`, other),
    `<h1>${escape(fullName)}</h1>`,
    `<p>${escape(fn.description ?? "")}</p>`,
    `<h2>${escape(texts.syntax)}</h2>`,
    `<pre><code>=${escape(fullName)}(${escape(syntax)})</code></pre>`,
    `<h2>${escape(texts.arguments)}</h2>`,
    `<table><thead><tr><th>${escape(texts.argument)}</th><th>${escape(texts.description)}</th></tr></thead>`,
    `<tbody>${rows.join("")}</tbody></table>`,
    result ? `<h2>${escape(texts.result)}</h2><p>${escape(result)}</p>` : "",
    examples.length ? `<h2>${escape(texts.examples)}</h2>${examples.join("")}` : "",
  ];
  return page(texts, texts.pageTitle(fullName), body);
}

function renderIndex(
  namespace: string,
  metadata: FunctionsMetadata,
  texts: HelpTexts,
  other: Language,
): string {
  const items = metadata.functions.map(
    (fn) =>
      `<li><a href="${fn.id.toLowerCase()}.${texts.htmlLang}.html"><code>${escape(`${namespace}.${fn.name}`)}</code></a>` +
      ` – ${escape(fn.description ?? "")}</li>`,
  );
  return page(texts, texts.indexTitle, [
    navigation(texts, `index.${other}.html`, other, false),
    `<h1>${escape(texts.indexTitle)}</h1>`,
    `<p>${escape(texts.indexIntro)} <a href="guide.${texts.htmlLang}.html">${escape(texts.guide.title)}</a></p>`,
    `<ul>${items.join("")}</ul>`,
  ]);
}

function renderGuide(texts: HelpTexts, other: Language): string {
  const { guide } = texts;
  const sections = guide.sections.map(
    (section) =>
      `<h2>${escape(section.heading)}</h2>` +
      section.paragraphs.map((paragraph) => `<p>${escape(paragraph)}</p>`).join(""),
  );
  return page(texts, guide.title, [
    navigation(texts, `guide.${other}.html`, other),
    `<h1>${escape(guide.title)}</h1>`,
    `<p>${escape(guide.intro)}</p>`,
    ...sections,
  ]);
}

function navigation(texts: HelpTexts, otherPage: string, other: Language, withIndex = true): string {
  const index = withIndex
    ? `<a href="index.${texts.htmlLang}.html">${escape(texts.allFunctions)}</a> · `
    : "";
  return `<nav>${index}<a href="${otherPage}" hreflang="${other}" lang="${other}">${escape(texts.otherLanguage)}</a></nav>`;
}

function page(texts: HelpTexts, title: string, body: string[]): string {
  return `<!doctype html>
<html lang="${texts.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body.filter(Boolean).join("\n")}
</main>
</body>
</html>
`;
}

const STYLE = [
  ":root{color-scheme:light dark;font-family:'Segoe UI',system-ui,sans-serif;line-height:1.5}",
  "main{max-width:46rem;margin:0 auto;padding:1rem}",
  // A long function name (BAR.BENCHMARKPOTENTIALE) breaks rather than runs off a phone's screen.
  "h1{color:#0f4c81;overflow-wrap:anywhere}@media (prefers-color-scheme:dark){h1{color:#7fb2e5}}",
  "code{overflow-wrap:anywhere}",
  "table{border-collapse:collapse}td,th{border:1px solid #8a8886;padding:.3rem .5rem;text-align:left;vertical-align:top}",
  "pre{background:rgba(127,127,127,.15);padding:.5rem;overflow-x:auto}",
].join("");

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
