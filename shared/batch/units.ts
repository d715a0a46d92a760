/** How the batch tells units apart: the same unit may be written with stray spaces or full-width brackets. */
export function unitKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .trim();
}
