/**
 * An ionicons icon (a `data:image/svg+xml` URL) made fit to draw as a CSS mask, for `.cg-icon`
 * (theme.css): plain HTML that takes the text's colour, with no element to upgrade. Outline
 * icons draw their strokes through classes that ion-icon's own styles define; the same rules go
 * inside the SVG, so that every icon draws as ion-icon would.
 */
const STYLE =
  '<style>.ionicon{fill:black;stroke:black}.ionicon-fill-none{fill:none}' +
  '.ionicon-stroke-width{stroke-width:32px}</style>';

const masks = new Map<string, string>();

/** The CSS value of `--icon` for `icon`, made once per icon. */
export function iconMask(icon: string): string {
  let mask = masks.get(icon);
  if (mask === undefined) {
    const svg = icon.replace(/(<svg[^>]*>)/, `$1${STYLE}`);
    mask = `url("${svg.replaceAll('"', "'")}")`;
    masks.set(icon, mask);
  }
  return mask;
}
