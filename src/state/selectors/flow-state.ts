/** How one drawn flow is shown: the codes shared by the arcs' shader and the MapLibre layers' feature states. */
export const FLOW_STATE = { normal: 0, hidden: 1, highlighted: 2, dimmed: 3 } as const;
export type FlowState = (typeof FLOW_STATE)[keyof typeof FLOW_STATE];
