/** Adds n to the ascending list, after any equal numbers: lists of a few numbers, which a sort would cost more to order. */
export function insertSorted(list: number[], n: number): void {
  let k = list.length;
  list.push(n);
  for (; k > 0 && list[k - 1] > n; k--) list[k] = list[k - 1];
  list[k] = n;
}
