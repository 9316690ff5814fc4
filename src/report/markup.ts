/** Text made safe inside HTML or SVG markup, in an element or an attribute: `&<>"'` as numeric references. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
