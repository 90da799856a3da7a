/**
 * pdf.js's legacy build (the one that runs on Node 20) carries core-js polyfills, some of which replace built-ins the
 * host already has: on Node 20 it swaps Array.prototype.push for a slower one, which then slows every array in the
 * process, the extractor included. Loading it through `keepBuiltins` lets the polyfills add what is missing and puts
 * back every built-in that was already there.
 */

type Bag = Record<PropertyKey, unknown>;

function holders(): object[] {
  const typed = Object.getPrototypeOf(Uint8Array.prototype) as object;
  return [globalThis, Object, Object.prototype, Array, Array.prototype, Promise, Promise.prototype, Map, Map.prototype, Set, Set.prototype,
    WeakMap.prototype, String, String.prototype, Number, Math, JSON, Reflect, Symbol, RegExp.prototype, typed, Object.getPrototypeOf(typed) as object,
    Uint8Array, Uint8Array.prototype, ArrayBuffer, ArrayBuffer.prototype, Function.prototype, Error, Iterator(), Date.prototype];
}

/** `Iterator` is a global in recent engines only; its prototype is reached through an array iterator otherwise. */
function Iterator(): object {
  return Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())) as object;
}

export async function keepBuiltins<T>(load: () => Promise<T>): Promise<T> {
  const saved = holders().map((holder) => {
    const props = new Map<PropertyKey, PropertyDescriptor>();
    for (const key of Reflect.ownKeys(holder)) {
      const d = Object.getOwnPropertyDescriptor(holder, key);
      if (d) props.set(key, d);
    }
    return { holder, props };
  });
  try {
    return await load();
  } finally {
    for (const { holder, props } of saved) {
      for (const [key, d] of props) {
        const now = Object.getOwnPropertyDescriptor(holder, key);
        if (!now || now.value === d.value && now.get === d.get && now.set === d.set) continue;
        if (now.configurable) Object.defineProperty(holder, key, d);
        else if (now.writable) (holder as Bag)[key as string] = d.value;
      }
    }
  }
}
