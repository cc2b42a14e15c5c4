/**
 * A small XML tree for changing a part of a user's package structurally (`check --out` adds sheets to
 * xl/workbook.xml, its relationships, the content types and the styles): parsed by saxes, changed as elements,
 * written back. Names are kept as written (`x:sheet` stays `x:sheet`), attributes in their order; children are
 * found by local name, so prefixed parts (`<x:workbook xmlns:x=…>`) work like unprefixed ones. New children go
 * where the schema's sequence puts them, never at a place found by searching the text.
 */
import { SaxesParser } from "saxes";

export interface XmlElement {
  kind: "element";
  /** The qualified name as written, e.g. `sheet` or `x:sheet`. */
  name: string;
  /** Attributes in their order, names as written (`r:id`). */
  attrs: [string, string][];
  children: XmlNode[];
}

export type XmlNode =
  | XmlElement
  | { kind: "text"; text: string }
  | { kind: "cdata"; text: string }
  | { kind: "comment"; text: string }
  | { kind: "pi"; target: string; body: string };

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The root element of a part's XML. Throws on XML that is not well-formed or holds a DOCTYPE. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false });
  const doc: XmlElement = { kind: "element", name: "#document", attrs: [], children: [] };
  const stack: XmlElement[] = [doc];
  const top = () => stack[stack.length - 1];
  let error: Error | null = null;
  parser.on("error", (e) => {
    error ??= e;
  });
  parser.on("doctype", () => {
    error ??= new Error("DOCTYPE in een werkmapdeel");
  });
  parser.on("opentag", (t) => {
    const el: XmlElement = {
      kind: "element",
      name: t.name,
      attrs: Object.entries(t.attributes as Record<string, string>),
      children: [],
    };
    top().children.push(el);
    stack.push(el);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.on("text", (text) => {
    if (stack.length > 1) top().children.push({ kind: "text", text });
  });
  parser.on("cdata", (text) => top().children.push({ kind: "cdata", text }));
  parser.on("comment", (text) => {
    if (stack.length > 1) top().children.push({ kind: "comment", text });
  });
  parser.on("processinginstruction", (pi) => {
    if (stack.length > 1) top().children.push({ kind: "pi", target: pi.target, body: pi.body });
  });
  parser.write(xml).close();
  if (error) throw error;
  const root = doc.children.find((c): c is XmlElement => c.kind === "element");
  if (!root) throw new Error("geen hoofdelement");
  return root;
}

const escText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escAttr = (s: string) =>
  escText(s).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");

function write(n: XmlNode, out: string[]): void {
  switch (n.kind) {
    case "text":
      out.push(escText(n.text));
      return;
    case "cdata":
      out.push(`<![CDATA[${n.text}]]>`);
      return;
    case "comment":
      out.push(`<!--${n.text}-->`);
      return;
    case "pi":
      out.push(`<?${n.target}${n.body ? ` ${n.body}` : ""}?>`);
      return;
    case "element": {
      const attrs = n.attrs.map(([k, v]) => ` ${k}="${escAttr(v)}"`).join("");
      if (n.children.length === 0) out.push(`<${n.name}${attrs}/>`);
      else {
        out.push(`<${n.name}${attrs}>`);
        for (const c of n.children) write(c, out);
        out.push(`</${n.name}>`);
      }
    }
  }
}

/** The part's XML: a declaration and the root element. */
export function serializeXml(root: XmlElement): string {
  const out: string[] = [HEAD];
  write(root, out);
  return out.join("");
}

/** The local part of a qualified name (`x:sheet` → `sheet`). */
export const localName = (name: string): string => name.slice(name.indexOf(":") + 1);

/** The prefix with its colon of an element (`x:` for `x:sheets`, "" without). */
export const prefixOf = (el: XmlElement): string => {
  const i = el.name.indexOf(":");
  return i < 0 ? "" : el.name.slice(0, i + 1);
};

/** The child elements of `el`, all or those with local name `local`. */
export const childElements = (el: XmlElement, local?: string): XmlElement[] =>
  el.children.filter(
    (c): c is XmlElement => c.kind === "element" && (local === undefined || localName(c.name) === local),
  );

export const firstChild = (el: XmlElement, local: string): XmlElement | undefined =>
  childElements(el, local)[0];

export function attr(el: XmlElement, name: string): string | undefined {
  return el.attrs.find(([k]) => k === name)?.[1];
}

/** The value of a namespaced attribute with local name `local` (`r:id`, `rel:id`): its prefix is the author's. */
export function prefixedAttr(el: XmlElement, local: string): string | undefined {
  return el.attrs.find(([k]) => k.includes(":") && localName(k) === local && !k.startsWith("xmlns:"))?.[1];
}

export function setAttr(el: XmlElement, name: string, value: string): void {
  const a = el.attrs.find(([k]) => k === name);
  if (a) a[1] = value;
  else el.attrs.push([name, value]);
}

/** The prefix (with colon) that `el` declares for namespace `uri`, or null when it declares none. */
export function declaredPrefix(el: XmlElement, uri: string): string | null {
  const a = el.attrs.find(([k, v]) => k.startsWith("xmlns:") && v === uri);
  return a ? `${a[0].slice(6)}:` : null;
}

/** A new element named with the prefix of `like` (so it lands in the same namespace as its siblings). */
export function element(
  like: XmlElement,
  local: string,
  attrs: [string, string][] = [],
  children: XmlNode[] = [],
): XmlElement {
  return { kind: "element", name: `${prefixOf(like)}${local}`, attrs, children };
}

/**
 * Puts `child` into `parent` in the schema's order: before the first existing child whose local name comes
 * after `child`'s in `order` (children not in `order` are passed over), else at the end.
 */
export function insertInOrder(parent: XmlElement, child: XmlElement, order: readonly string[]): void {
  const rank = order.indexOf(localName(child.name));
  const at = parent.children.findIndex(
    (c) => c.kind === "element" && order.indexOf(localName(c.name)) > rank,
  );
  if (at < 0) parent.children.push(child);
  else parent.children.splice(at, 0, child);
}

/** The child named `local` of `parent`, created in the schema's order when it is not there. */
export function ensureChild(parent: XmlElement, local: string, order: readonly string[]): XmlElement {
  const found = firstChild(parent, local);
  if (found) return found;
  const el = element(parent, local);
  insertInOrder(parent, el, order);
  return el;
}

/** Removes the children of `parent` for which `drop` holds. */
export function removeChildren(parent: XmlElement, drop: (el: XmlElement) => boolean): void {
  parent.children = parent.children.filter((c) => c.kind !== "element" || !drop(c));
}

/**
 * Parses a fragment our own writer made (one or more elements, unprefixed, in the parent's namespace) and
 * names its elements with the prefix of `like`, so that it fits into a prefixed part.
 */
export function fragment(xml: string, like: XmlElement): XmlElement[] {
  const p = prefixOf(like);
  const rename = (el: XmlElement) => {
    if (!el.name.includes(":")) el.name = `${p}${el.name}`;
    childElements(el).forEach(rename);
  };
  const out = childElements(parseXml(`<w>${xml}</w>`));
  out.forEach(rename);
  return out;
}
