// MDX is Markdown with JSX components and ES module lines. Its prose is Markdown, so it is read as Markdown once
// the MDX syntax is blanked out: `import`/`export` blocks, lines of component tags (`<Callout type="warning">`,
// `</Callout>`, `<Chart />`) and expression lines (`{props.note}`). Each blanked character becomes a space
// (line breaks stay), so every offset, line and column still points into the original file. A strict MDX
// parser would refuse a whole article for one stray "<" in prose ("results in <5% of cases"); this never does.

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ESM_START = /^(?:import|export)\b/;
// A component tag: capitalised (lower-case tags are HTML, which Markdown already leaves out of the prose), with
// attributes that may hold quoted ">" or braces, opening, closing or self-closing. Fragments (<>, </>) too.
const COMPONENT_TAG = /<\/?(?:[A-Z][\w.]*(?:\s+(?:[^<>"'{}]|"[^"]*"|'[^']*'|\{[^{}]*\})*)?)?\/?>/g;
const EXPRESSION_LINE = /^\s*\{[^\n]*\}\s*$/;

/** The MDX source with its non-Markdown syntax replaced by spaces, offsets unchanged. */
export function mdxAsMarkdown(source: string): string {
  const lines = source.split(/(?<=\n)/);
  let fence: string | null = null;
  let inEsm = false;
  const out: string[] = [];
  for (const line of lines) {
    const body = line.replace(/\r?\n$/, '');
    const fenceOpen = FENCE.exec(body);
    if (fence !== null) {
      if (fenceOpen && fenceOpen[1]?.[0] === fence[0] && (fenceOpen[1]?.length ?? 0) >= fence.length) fence = null;
      out.push(line);
      continue;
    }
    if (fenceOpen) {
      fence = fenceOpen[1] ?? '```';
      out.push(line);
      continue;
    }
    if (body.trim() === '') {
      inEsm = false;
      out.push(line);
      continue;
    }
    if (inEsm || ESM_START.test(body) || EXPRESSION_LINE.test(body)) {
      inEsm = inEsm || ESM_START.test(body);
      out.push(blank(line));
      continue;
    }
    // A line of tags alone would open an HTML block that swallows the prose after it; tags inside a line of prose
    // are inline HTML, which Markdown already leaves out (blanking them could indent the line into code).
    out.push(body.replace(COMPONENT_TAG, '').trim() === '' ? blank(line) : line);
  }
  return out.join('');
}

/** The same characters as spaces, line breaks kept. */
function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}
