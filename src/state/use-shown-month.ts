import { useExplorerStore } from "./store";

/**
 * What a component needs to show the month on screen: the package, its frames, the metric, the
 * month and the reader's filters, each subscribed on its own so a change to one re-renders only
 * what reads it.
 */
export function useShownMonth() {
  const data = useExplorerStore((s) => s.data);
  const frames = useExplorerStore((s) => s.frames);
  const metric = useExplorerStore((s) => s.metric);
  const month = useExplorerStore((s) => s.month);
  const filters = useExplorerStore((s) => s.filters);
  return { data, frames, metric, month, filters };
}
