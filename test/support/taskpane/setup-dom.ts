// Test setup only (never bundled): jsdom runs on Node, whose TextDecoder stands in for the browser's.
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';

/**
 * What Fluent UI and the xlsx chunk need from a browser that jsdom does not have (every
 * browser has TextEncoder/TextDecoder; jsdom's window lacks them). Import it first in every
 * component test (`import './setup-dom'`); jest.config.js stays as it is.
 */
if (typeof window !== 'undefined') {
  if (typeof window.matchMedia !== 'function') {
    window.matchMedia = (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (typeof globalThis.TextDecoder !== 'function') {
    globalThis.TextDecoder = NodeTextDecoder as unknown as typeof globalThis.TextDecoder;
    globalThis.TextEncoder = NodeTextEncoder;
  }
  if (typeof window.ResizeObserver !== 'function') {
    window.ResizeObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    };
  }
}
export {};
