import { alertCircle, chevronForward, pulseOutline } from 'ionicons/icons';
import { describe, expect, it } from 'vitest';
import { iconMask } from './icon-mask';

describe('iconMask', () => {
  it('puts ion-icon’s stroke and fill rules inside the SVG, once per icon', () => {
    const mask = iconMask(pulseOutline);
    expect(mask.startsWith('url("data:image/svg+xml;utf8,<svg ')).toBe(true);
    expect(mask.endsWith('</svg>")')).toBe(true);
    const svg = mask.slice('url("'.length, -'")'.length);
    expect(svg).not.toContain('"');
    // The style is the SVG's first child, before the paths it draws.
    expect(svg.indexOf('<style>')).toBe(svg.indexOf('>') + 1);
    expect(svg).toContain('.ionicon-fill-none{fill:none}');
    expect(svg).toContain('.ionicon-stroke-width{stroke-width:32px}');
    // A "#" would end the data URL: colours are named.
    expect(svg).not.toContain('#');
    expect(iconMask(pulseOutline)).toBe(mask);
  });

  it('keeps every drawing of the icon', () => {
    for (const icon of [alertCircle, chevronForward, pulseOutline]) {
      const svg = iconMask(icon).slice('url("'.length, -'")'.length);
      const paths = (source: string) => source.match(/<(path|circle|rect|polyline)\b[^>]*>/g);
      expect(paths(svg)).toEqual(paths(icon));
    }
  });
});
