import type { Plugin } from 'vite';

/** `source`, a CommonJS module of qrcode/lib/core at `path`, as an ES module; throws on a form it does not know. */
export function qrcodeModuleAsEsm(source: string, path: string): string;
/** A Vite (Rolldown) plugin: the modules of qrcode/lib/core as ES modules, for the files built whole. */
export function qrcodeEsmPlugin(): Plugin;
