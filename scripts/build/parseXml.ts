import sax from "sax";

/** An XML element with its attributes, child elements and own text, names as written (`bt:Image`). */
export type XmlElement = {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
};

/** Parses a whole XML document strictly; throws on anything not well-formed. */
export function parseXml(xml: string): XmlElement {
  // strictEntities (sax ≥ 1.2.4, missing from @types/sax) rejects HTML entities such as &nbsp;.
  const parser = sax.parser(true, { strictEntities: true } as sax.SAXOptions);
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => {
    assertUniqueAttributes(xml.slice(parser.startTagPosition - 1, parser.position));
    const element: XmlElement = {
      name: tag.name,
      attributes: { ...(tag.attributes as Record<string, string>) },
      children: [],
      text: "",
    };
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else if (root) throw new Error(`A second root element <${tag.name}>.`);
    else root = element;
    stack.push(element);
  };
  parser.onclosetag = () => {
    stack.pop();
  };
  parser.ontext = (text) => {
    if (stack.length > 0) stack[stack.length - 1].text += text;
  };
  parser.write(xml).close();
  if (!root) throw new Error("The document has no root element.");
  return root;
}

// sax silently drops a repeated attribute; XML forbids it, so look at the raw tag.
function assertUniqueAttributes(rawTag: string): void {
  const names = [...rawTag.replace(/"[^"]*"|'[^']*'/g, '""').matchAll(/\s([^\s=/>]+)\s*=/g)].map((m) => m[1]);
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated) throw new Error(`Attribute ${repeated} appears twice in ${rawTag}`);
}

/** Every element in document order, the given one first. */
export function allElements(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(allElements)];
}

/** The first descendant (or self) with the name and, if given, an attribute value; throws if none. */
export function findElement(root: XmlElement, name: string, attribute?: [string, string]): XmlElement {
  const found = allElements(root).find(
    (element) => element.name === name && (!attribute || element.attributes[attribute[0]] === attribute[1]),
  );
  if (!found)
    throw new Error(`No <${name}${attribute ? ` ${attribute[0]}="${attribute[1]}"` : ""}> in the document.`);
  return found;
}
