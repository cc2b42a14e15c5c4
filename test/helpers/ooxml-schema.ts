/**
 * ECMA-376 schema validation of every XML part of a written .xlsx package, by an independent validator:
 * xmllint against the transitional schemas in `vendor/ooxml-schemas` (a copy of `../shared/ooxml-schemas`),
 * or in `$OOXML_SCHEMAS`. As its README says a validator must, markup in namespaces listed in `mc:Ignorable` is
 * dropped first (ECMA-376 part 3), and `xml:space` on a text element `<t>` is allowed (Excel writes it; the
 * schema types `<t>` as a plain string). `<extLst>` content is validated laxly by the schema itself.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { unzipSync } from "fflate";
import { DEBIAN_PYTHON, ROOT, tempDir } from "./files";

/** The schema folder: `$OOXML_SCHEMAS`, else the repository's copy in `vendor/ooxml-schemas`. */
export function schemaDir(): string {
  const candidates = [process.env.OOXML_SCHEMAS, path.join(ROOT, "vendor", "ooxml-schemas")].filter(
    (d): d is string => !!d,
  );
  const found = candidates.find((d) => existsSync(path.join(d, "sml.xsd")));
  if (!found) throw new Error(`no ECMA-376 schemas (sml.xsd) in ${candidates.join(", ")}`);
  return found;
}

/** The schema of each root namespace a package of ours may hold. */
const SCHEMA_OF: Record<string, string> = {
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main": "sml.xsd",
  "http://schemas.openxmlformats.org/drawingml/2006/chart": "dml-chart.xsd",
  "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing": "dml-spreadsheetDrawing.xsd",
  "http://schemas.openxmlformats.org/drawingml/2006/main": "dml-main.xsd",
  "http://schemas.openxmlformats.org/package/2006/content-types": "opc-contentTypes.xsd",
  "http://schemas.openxmlformats.org/package/2006/relationships": "opc-relationships.xsd",
  "http://schemas.openxmlformats.org/package/2006/metadata/core-properties": "opc-coreProperties.xsd",
  "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties":
    "shared-documentPropertiesExtended.xsd",
};

/** One schema importing all of SCHEMA_OF, so that one xmllint run validates every part. */
function wrapperSchema(dir: string, schemas: string): string {
  const file = path.join(dir, "all.xsd");
  const imports = Object.entries(SCHEMA_OF)
    .map(([ns, f]) => `<xsd:import namespace="${ns}" schemaLocation="${path.join(schemas, f)}"/>`)
    .join("\n");
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">\n${imports}\n</xsd:schema>\n`,
  );
  return file;
}

/**
 * Drops what markup compatibility tells a consumer to ignore, with Python's own XML parser: attributes and
 * elements in the namespaces `mc:Ignorable` lists, `mc:Ignorable` itself, `mc:AlternateContent` (its
 * Fallback kept), and `xml:space` on `<t>`. Prints each part's root namespace.
 */
const PREPARE = String.raw`
import sys, json, xml.etree.ElementTree as ET
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
XMLNS = "http://www.w3.org/XML/1998/namespace"
roots = {}
for src in sys.argv[1:]:
    prefixes = {}
    for ev, (p, uri) in ET.iterparse(src, events=["start-ns"]):
        prefixes.setdefault(p, uri)
    tree = ET.parse(src)
    changed = [False]
    root = tree.getroot()
    ignorable = {prefixes.get(p) for p in root.get("{%s}Ignorable" % MC, "").split()}
    def ns(name):
        return name[1:].split("}")[0] if name.startswith("{") else ""
    def clean(el):
        for a in list(el.attrib):
            if ns(a) in ignorable or ns(a) == MC or (a == "{%s}space" % XMLNS and el.tag.endswith("}t")):
                del el.attrib[a]
                changed[0] = True
        kids = []
        for c in list(el):
            if not isinstance(c.tag, str):
                continue
            if c.tag == "{%s}AlternateContent" % MC or ns(c.tag) in ignorable:
                changed[0] = True
            if c.tag == "{%s}AlternateContent" % MC:
                fb = c.find("{%s}Fallback" % MC)
                kids.extend(list(fb) if fb is not None else [])
            elif ns(c.tag) not in ignorable:
                kids.append(c)
        for c in list(el):
            el.remove(c)
        for c in kids:
            clean(c)
            el.append(c)
    clean(root)
    # Rewritten only when something was dropped, with the part's own prefixes (QNames in values stay valid).
    if changed[0]:
        for p, uri in prefixes.items():
            if p and not p.startswith("ns"):
                ET.register_namespace(p, uri)
        tree.write(src, encoding="UTF-8", xml_declaration=True)
    roots[src] = ns(root.tag)
print(json.dumps(roots))
`;

export interface SchemaReport {
  /** Part name → the validator's messages for it (only parts that failed). */
  failures: Record<string, string[]>;
  /** Part names validated, by schema file. */
  validated: Record<string, string[]>;
  /** XML parts with a root namespace we have no schema for. */
  unknown: string[];
}

/** Validates every XML part (`.xml`, `.rels`) of a package; `name` labels the parts in the report. */
export function validatePackage(pkg: Uint8Array, name: string): SchemaReport {
  const schemas = schemaDir();
  const dir = tempDir("regiomonitor-ooxml-");
  const files = unzipSync(pkg);
  const byFile = new Map<string, string>();
  Object.entries(files)
    .filter(([n]) => /\.(xml|rels)$/i.test(n))
    .forEach(([n, data], i) => {
      const f = path.join(dir, `part${i}.xml`);
      writeFileSync(f, data);
      byFile.set(f, n);
    });
  const report: SchemaReport = { failures: {}, validated: {}, unknown: [] };
  const prep = spawnSync(DEBIAN_PYTHON, ["-c", PREPARE, ...byFile.keys()], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (prep.status !== 0) throw new Error(`${name}: ${prep.stderr}`);
  const roots = JSON.parse(prep.stdout) as Record<string, string>;
  const toValidate: string[] = [];
  for (const [f, ns] of Object.entries(roots)) {
    const part = `${name}:${byFile.get(f)}`;
    const schema = SCHEMA_OF[ns];
    if (!schema) report.unknown.push(part);
    else {
      toValidate.push(f);
      (report.validated[schema] ??= []).push(part);
    }
  }
  if (toValidate.length === 0) return report;
  mkdirSync(dir, { recursive: true });
  const r = spawnSync(
    "xmllint",
    ["--noout", "--nonet", "--schema", wrapperSchema(dir, schemas), ...toValidate],
    {
      encoding: "utf8",
      env: { ...process.env, XML_CATALOG_FILES: path.join(schemas, "catalog.xml") },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  for (const line of r.stderr.split("\n")) {
    const m = /^(\S+part\d+\.xml)(?::\d+)?: (.*)$/.exec(line);
    if (!m || / validates$/.test(line)) continue;
    const part = `${name}:${byFile.get(m[1]) ?? m[1]}`;
    if (/fails to validate$/.test(m[2])) {
      report.failures[part] ??= [];
      continue;
    }
    (report.failures[part] ??= []).push(m[2]);
  }
  if (r.status !== 0 && Object.keys(report.failures).length === 0)
    throw new Error(`${name}: xmllint ${r.status}: ${r.stderr.slice(0, 2000)}`);
  return report;
}
