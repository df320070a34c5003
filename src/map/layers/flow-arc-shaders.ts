import { FLOW_STATE } from "../../state/selectors/flow-state";
import { markerFragmentPart, markerVertexPart } from "./flow-marker-shaders";

/*
 * The arcs' shaders, written for what our map is: a flat Web Mercator map that never tilts, with
 * positions handed over already in deck.gl's common space. deck.gl's ArcLayer also handles great
 * circles, globes, the antimeridian, 64-bit positions and width units in one program; SwiftShader
 * compiles every branch of it whether it runs or not, which cost a reader's first view about a
 * third of a second of main-thread time (`npm run bench`). This program does only what we draw.
 */

/** Per draw: the arcs' shape and what moves them (widths easing between months, dashes). */
export type FlowArcsUniforms = {
  numSegments: number;
  /** Height of the arc's middle as a share of its length (deck.gl ArcLayer's getHeight) */
  height: number;
  /** 0 → the "from" widths, 1 → the "to" widths */
  mixFactor: number;
  /** Seconds, for the moving dashes */
  time: number;
  /** 1 when dashes move along the arcs */
  animate: number;
  /** 1 when this draw is of markers (flow-marker-shaders.ts), not arcs */
  markers: number;
};

const uniformBlock = /* glsl */ `\
layout(std140) uniform flowArcsUniforms {
  float numSegments;
  float height;
  float mixFactor;
  float time;
  float animate;
  float markers;
} flowArcs;
`;

export const flowArcsModule = {
  name: "flowArcs",
  vs: uniformBlock,
  fs: uniformBlock,
  uniformTypes: { numSegments: "f32", height: "f32", mixFactor: "f32", time: "f32", animate: "f32", markers: "f32" },
} as const;

/** Pixels of one dash and its gap along an arc, and how fast dashes move (dashes per second). */
const DASH_PIXELS = 28;
const DASH_SPEED = 1.6;

export const flowArcsVertexShader = /* glsl */ `\
#version 300 es
#define SHADER_NAME flow-arcs-vertex-shader
in vec2 instanceSourceCommon;
in vec2 instanceTargetCommon;
in vec4 instanceColors;
in float instanceTilts;
in float instanceWidthFrom;
in float instanceWidthTo;
in float instanceFlowState;
out vec4 vColor;
out float vAlongPixels;
${markerVertexPart}

// A point of the arc at ratio r (0 at the source, 1 at the target), in common space: raised in a
// parabola and leaned sideways by the tilt, so that seen from above it reads as a curve.
vec3 arcPoint(float r) {
  vec2 chord = instanceTargetCommon - instanceSourceCommon;
  float chordLength = length(chord);
  float z = sqrt(r * (1.0 - r)) * chordLength * flowArcs.height;
  vec2 side = chordLength > 0.0 ? vec2(-chord.y, chord.x) / chordLength : vec2(0.0);
  float tilt = radians(instanceTilts);
  return vec3(mix(instanceSourceCommon, instanceTargetCommon, r) + side * z * sin(tilt), z * cos(tilt));
}

vec4 toClipspace(vec3 position) {
  // commonOrigin is zero unless deck.gl's offset mode is on (zoom 12 and closer); subtracting it keeps both right.
  return project_common_position_to_clipspace(vec4(position.xy - project.commonOrigin.xy, position.z, 1.0));
}

float segmentRatio(float index) {
  // More segments near the ends, where the curve turns most.
  return smoothstep(0.0, 1.0, index / (flowArcs.numSegments - 1.0));
}

void main(void) {
  if (flowArcs.markers > 0.5) {
    markerVertex();
    return;
  }
  float index = float(gl_VertexID / 2);
  float across = mod(float(gl_VertexID), 2.0) == 0.0 ? -1.0 : 1.0;
  float r = segmentRatio(index);
  // The neighbouring point that gives the arc's direction here: the previous one, or the next at the start.
  float towards = index > 0.0 ? -1.0 : 1.0;
  float neighbour = segmentRatio(index + towards);
  vec4 here = toClipspace(arcPoint(r));
  vec4 there = toClipspace(arcPoint(neighbour));

  float width = mix(instanceWidthFrom, instanceWidthTo, flowArcs.mixFactor);
  if (abs(instanceFlowState - ${FLOW_STATE.hidden}.0) < 0.5) width = 0.0;
  vec2 direction = normalize((there.xy - here.xy) * towards * project.viewportSize);
  vec2 offsetPixels = vec2(-direction.y, direction.x) * across * width / 2.0;
  gl_Position = here + vec4(project_pixel_size_to_clipspace(offsetPixels), 0.0, 0.0);

  vColor = vec4(instanceColors.rgb, instanceColors.a * layer.opacity);
  if (abs(instanceFlowState - ${FLOW_STATE.dimmed}.0) < 0.5) vColor.a *= 0.16;
  vAlongPixels = r * length(instanceTargetCommon - instanceSourceCommon) * project.scale;

  // Picking colour from the instance: index + 1 in bytes (0 means nothing), as deck.gl decodes it.
  float pickIndex = float(gl_InstanceID) + 1.0;
  picking_setPickingColor(vec3(mod(pickIndex, 256.0), mod(floor(pickIndex / 256.0), 256.0), mod(floor(pickIndex / 65536.0), 256.0)));
}
`;

export const flowArcsFragmentShader = /* glsl */ `\
#version 300 es
#define SHADER_NAME flow-arcs-fragment-shader
precision highp float;
in vec4 vColor;
in float vAlongPixels;
out vec4 fragColor;
${markerFragmentPart}
void main(void) {
  fragColor = flowArcs.markers > 0.5 ? markerColor() : vColor;
  if (flowArcs.animate > 0.5 && flowArcs.markers < 0.5) {
    float phase = fract(vAlongPixels / ${DASH_PIXELS}.0 - flowArcs.time * ${DASH_SPEED});
    fragColor.a *= phase < 0.6 ? 1.0 : 0.28;
  }
  fragColor = picking_filterPickingColor(fragColor);
}
`;
