// The minified legacy builds of pdf.js have the same API as the unminified ones, whose types
// pdfjs-dist ships; they load faster and carry no source map for Node to parse.
declare module 'pdfjs-dist/legacy/build/pdf.min.mjs' {
  export * from 'pdfjs-dist/legacy/build/pdf.mjs';
}
declare module 'pdfjs-dist/legacy/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown;
}
