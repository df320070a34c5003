import { LayerExtension, type Layer, type UpdateParameters } from "@deck.gl/core";
import { FLOW_STATE } from "../../state/selectors/flow-state";

/**
 * What the arcs need beyond deck.gl's ArcLayer, done on the GPU so that no per-arc work happens in
 * JavaScript on a month step or an animation frame:
 * - width eases between two months: `instanceWidthFrom` → `instanceWidthTo` by `flowMotion.mix`;
 * - moving dashes along each arc when the animated mode is on (`flowMotion.time`);
 * - a per-arc state: hidden by a filter or by "top N", highlighted, dimmed.
 * The layer's own width is set to 1 pixel, so the size filter can scale the extrusion to the eased width.
 */

export interface FlowMotionProps {
  /** 0 → the "from" widths, 1 → the "to" widths */
  widthMix?: number;
  /** Seconds, for the moving dashes */
  dashTime?: number;
  animateDashes?: boolean;
}

const uniformBlock = /* glsl */ `\
layout(std140) uniform flowMotionUniforms {
  float mixFactor;
  float time;
  float animate;
} flowMotion;
`;

const flowMotionModule = {
  name: "flowMotion",
  vs: `${uniformBlock}
in float instanceWidthFrom;
in float instanceWidthTo;
in float instanceFlowState;
out float flowMotion_lengthPx;
out float flowMotion_state;
`,
  fs: `${uniformBlock}
in float flowMotion_lengthPx;
in float flowMotion_state;
`,
  inject: {
    "vs:DECKGL_FILTER_SIZE": /* glsl */ `
    float flowWidth = mix(instanceWidthFrom, instanceWidthTo, flowMotion.mixFactor);
    bool flowHidden = abs(instanceFlowState - ${FLOW_STATE.hidden}.0) < 0.5;
    if (flowHidden) flowWidth = 0.0;
    size *= flowWidth;
    `,
    "vs:DECKGL_FILTER_COLOR": /* glsl */ `
    flowMotion_state = instanceFlowState;
    vec2 flowMotion_a = project_position(geometry.worldPosition.xy);
    vec2 flowMotion_b = project_position(geometry.worldPositionAlt.xy);
    flowMotion_lengthPx = length(flowMotion_b - flowMotion_a) * project.scale;
    if (abs(instanceFlowState - ${FLOW_STATE.dimmed}.0) < 0.5) color.a *= 0.16;
    `,
    "fs:DECKGL_FILTER_COLOR": /* glsl */ `
    if (flowMotion.animate > 0.5) {
      float phase = fract(geometry.uv.x * flowMotion_lengthPx / 28.0 - flowMotion.time * 1.6);
      color.a *= phase < 0.6 ? 1.0 : 0.28;
    }
    `,
  },
  uniformTypes: { mixFactor: "f32", time: "f32", animate: "f32" },
} as const;

export class FlowMotionExtension extends LayerExtension {
  static override extensionName = "FlowMotionExtension";

  override getShaders(): { modules: (typeof flowMotionModule)[] } {
    return { modules: [flowMotionModule] };
  }

  override initializeState(this: Layer<FlowMotionProps>): void {
    this.getAttributeManager()?.addInstanced({
      instanceWidthFrom: { size: 1, accessor: "getWidthFrom", defaultValue: 0 },
      instanceWidthTo: { size: 1, accessor: "getWidthTo", defaultValue: 0 },
      instanceFlowState: { size: 1, accessor: "getFlowState", defaultValue: 0 },
    });
  }

  override updateState(this: Layer<FlowMotionProps>, _params: UpdateParameters<Layer<FlowMotionProps>>): void {
    // Uniforms are set in draw; attributes come as binary buffers and are refreshed by updateTriggers.
  }

  override draw(this: Layer<FlowMotionProps>): void {
    const { widthMix = 1, dashTime = 0, animateDashes = false } = this.props;
    this.setShaderModuleProps({ flowMotion: { mixFactor: widthMix, time: dashTime, animate: animateDashes ? 1 : 0 } });
  }
}
