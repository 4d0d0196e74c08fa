// fontkit ships no types; these are the few parts the preview images use (lib/render/fonts.ts).
declare module "fontkit" {
  export interface Path {
    toSVG(): string;
  }
  export interface Glyph {
    id: number;
    advanceWidth: number;
    path: Path;
  }
  export interface Font {
    postscriptName: string;
    familyName: string;
    unitsPerEm: number;
    glyphForCodePoint(codePoint: number): Glyph;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export interface FontCollection {
    fonts: Font[];
    getFont(postscriptName: string): Font | null;
  }
  export function openSync(path: string, postscriptName?: string): Font | FontCollection;
}
