import { describe, expect, it } from 'vitest';
import { sniffType } from './file-sniff.js';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('attachment content type', () => {
  it('recognises PDF, PNG, JPEG and WebP from their first bytes', () => {
    expect(sniffType(new TextEncoder().encode('%PDF-1.7\n...'))).toBe('application/pdf');
    expect(sniffType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
    expect(sniffType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(sniffType(bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50, 0x56))).toBe(
      'image/webp',
    );
  });

  it('refuses anything else, whatever its name would say', () => {
    expect(sniffType(new TextEncoder().encode('<html><script>'))).toBeNull();
    expect(sniffType(bytes(0x4d, 0x5a, 0x90, 0))).toBeNull(); // a Windows executable
    expect(sniffType(bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x41, 0x56, 0x45))).toBeNull();
    expect(sniffType(bytes())).toBeNull();
  });
});
