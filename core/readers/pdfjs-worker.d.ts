// pdfjs-dist ships no typings for its worker module; the readers only hand its exports back to pdf.js.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
