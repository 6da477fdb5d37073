// Print, as JSON, what pdf.js (Firefox's PDF viewer) builds its accessibility tree from:
// each page's structure tree (page.getStructTree()), with the text pdf.js extracts for
// each marked-content id filled in from getTextContent({includeMarkedContent: true}).
// Usage: node tests/pdfjs_struct.mjs FILE.pdf
import { readFile } from "node:fs/promises";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const data = new Uint8Array(await readFile(process.argv[2]));
const pdf = await getDocument({ data, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
const pages = [];
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  const content = await page.getTextContent({ includeMarkedContent: true });
  const texts = {};
  const open = [];
  for (const item of content.items) {
    if (item.type === "beginMarkedContentProps" || item.type === "beginMarkedContent") {
      open.push(item.id ?? null);
    } else if (item.type === "endMarkedContent") {
      open.pop();
    } else if (item.str !== undefined) {
      const id = [...open].reverse().find((x) => x);
      if (id) texts[id] = (texts[id] ?? "") + item.str + (item.hasEOL ? " " : "");
    }
  }
  const fill = (node) => {
    if (node.type === "content") return { type: "content", text: texts[node.id] ?? "" };
    if (node.type === "object") return { type: "object" };
    const out = { role: node.role, children: (node.children ?? []).map(fill) };
    if (node.alt) out.alt = node.alt;
    if (node.lang) out.lang = node.lang;
    return out;
  };
  const tree = await page.getStructTree();
  pages.push(tree ? fill(tree) : null);
}
process.stdout.write(JSON.stringify(pages));
