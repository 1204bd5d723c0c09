import { describe, expect, it } from 'vitest';
import { base64ToBytes } from './pdf';

describe('base64ToBytes', () => {
  it('gives back the bytes of a PDF’s header, byte for byte', () => {
    const bytes = base64ToBytes(btoa('%PDF-1.7\n\u00e2\u00e3'));
    expect([...bytes.slice(0, 5)].map((b) => String.fromCharCode(b)).join('')).toBe('%PDF-');
    expect(bytes[9]).toBe(0xe2);
    expect(bytes).toHaveLength(11);
  });
});
