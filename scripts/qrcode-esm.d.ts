import type { Plugin } from 'vite';

/** The names a CommonJS module of qrcode/lib/core sets on `exports` (`exports.name = …`, each at a line's start). */
export function exportedNames(source: string): string[];
/** `source`, a CommonJS module of qrcode/lib/core at `path`, as an ES module; throws on a form it does not know. */
export function qrcodeModuleAsEsm(source: string, path: string): string;
/** A Vite (Rolldown) plugin: the modules of qrcode/lib/core as ES modules, for the files built whole. */
export function qrcodeEsmPlugin(): Plugin;
