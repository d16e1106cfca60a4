const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made inert for HTML and inline SVG: safe as element content and inside a quoted attribute value.
 * Document text is untrusted (a Markdown file may hold `<script>`); every piece of it goes through here.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/** Markup that is already safe: built by `html` from escaped values, never from raw document text. */
export class Markup {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

/** What may be interpolated into `html`: text and numbers are escaped, Markup is kept, nothing-values vanish. */
export type Interpolation = Markup | string | number | null | undefined | false | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Markup) return value.value;
  if (Array.isArray(value)) return (value as readonly Interpolation[]).map(render).join('');
  return escapeHtml(String(value));
}

/**
 * A template tag that escapes every interpolated string with `escapeHtml`, so markup can only come from the
 * template's own literal parts. Attribute values must be written quoted with `"` in the template.
 */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Markup {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new Markup(out);
}

/** Trusted markup written by this program (styles, the inline script, numbers formatted here). Never document text. */
export function trusted(markup: string): Markup {
  return new Markup(markup);
}
