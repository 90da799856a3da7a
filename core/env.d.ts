// core/ is compiled without DOM or Node typings so that it stays runnable anywhere (Node, Worker,
// browser). The few host globals that every one of those runtimes has are declared here by hand.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare const console: { warn(...args: unknown[]): void; log(...args: unknown[]): void };
