/** Inline SVG icons: no icon font to download, and they render the same on every system. */
const common = { width: 16, height: 16, viewBox: "0 0 16 16", "aria-hidden": true, focusable: false } as const;

export const PlayIcon = () => (
  <svg {...common}>
    <path d="M4 2.5v11l9-5.5z" fill="currentColor" />
  </svg>
);

export const PauseIcon = () => (
  <svg {...common}>
    <path d="M4 2.5h3v11H4zM9 2.5h3v11H9z" fill="currentColor" />
  </svg>
);

export const StepBackIcon = () => (
  <svg {...common}>
    <path d="M3 2.5h2v11H3zM13 2.5v11L6 8z" fill="currentColor" />
  </svg>
);

export const StepForwardIcon = () => (
  <svg {...common}>
    <path d="M11 2.5h2v11h-2zM3 2.5v11L10 8z" fill="currentColor" />
  </svg>
);

/** A folded map: the map view. */
export const MapIcon = () => (
  <svg {...common}>
    <path d="M1.5 3.5l4-1.5 5 1.5 4-1.5v10.5l-4 1.5-5-1.5-4 1.5zM5.5 2v10.5M10.5 3.5V14" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round" />
  </svg>
);

/** Rows and columns: the table view. */
export const TableIcon = () => (
  <svg {...common}>
    <path d="M1.5 2.5h13v11h-13zM1.5 6h13M1.5 9.75h13M6 2.5v11" fill="none" stroke="currentColor" strokeWidth="1.3" />
  </svg>
);
