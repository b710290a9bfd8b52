/** A worked example on a help page: the arguments as typed in that language's Excel, and the outcome. */
export type HelpExample = {
  arguments: string[];
  explanation: string;
};

/**
 * The words of the generated help pages (help/<id>.<language>.html) in one language; the
 * compiler checks that each language has them all. Function texts come from the metadata.
 */
export type HelpTexts = {
  /** `lang` attribute of the pages. */
  htmlLang: string;
  /** Between arguments in a formula: Danish Excel uses ";", English Excel ",". */
  argumentSeparator: string;
  pageTitle: (functionName: string) => string;
  indexTitle: string;
  indexIntro: string;
  syntax: string;
  arguments: string;
  argument: string;
  description: string;
  optional: string;
  result: string;
  examples: string;
  allFunctions: string;
  /** Link text to the same page in the other language, written in that language. */
  otherLanguage: string;
  /** The "how to use BAR" page (help/guide.<language>.html), linked from the pane and the index. */
  guide: GuideTexts;
  /** Worked examples per function id; a function without any still gets a page. */
  examplesByFunction: Record<string, HelpExample[]>;
};

/** The words of the guide page: a title, an introduction and one section per workflow. */
export type GuideTexts = {
  title: string;
  intro: string;
  sections: { heading: string; paragraphs: string[] }[];
};
