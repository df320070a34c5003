/**
 * A function that remembers its last call: the same arguments (each the same object or value) give
 * back the same result without calling it again. For results that several components read during
 * one render, such as the month's summary, which the panel and the data view both show.
 */
export function memoizeLast<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((value, i) => Object.is(value, args[i]))) return last.result;
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}
