/**
 * Array checks that see every index of a sparse array.
 * @internal
 * @module
 */

/**
 * @internal Whether `ok` holds for every index of `array`, holes included (a hole reads as
 * `undefined`): `Array.prototype.every` and `some` skip the holes of a sparse array, so a check
 * written with them lets a hole through to code that then reads `undefined`.
 */
export function everyEntry<T>(array: readonly T[], ok: (value: T | undefined, index: number) => boolean): boolean {
  for (let i = 0; i < array.length; i++) if (!ok(array[i], i)) return false;
  return true;
}
