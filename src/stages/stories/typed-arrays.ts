// Growth of the typed arrays that the stage's tables keep per term id, row or slot.

/** A copy of twice the length: the same values first, zeros after. */
export function doubled<T extends Int32Array<ArrayBuffer> | Uint32Array<ArrayBuffer> | Float64Array<ArrayBuffer>>(array: T): T {
  const copy = new (array.constructor as new (length: number) => T)(array.length * 2);
  copy.set(array);
  return copy;
}
