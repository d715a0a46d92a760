/** pdf.js's worker module, which pdfjs-dist ships without types: importing it is what matters (index.ts). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
