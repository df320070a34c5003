import { project, type ProjectProps } from "@deck.gl/core";

/*
 * The little of deck.gl's `project` shader module that our flat, untilted Web Mercator map uses:
 * common-space positions to clip space, and pixel sizes. deck.gl's own module brings 200 lines of
 * GLSL (and its fp32 workarounds) for every coordinate system, globes and 64-bit positions; on a
 * machine without a GPU each line of a program costs compile time at the reader's first view. The
 * module keeps deck.gl's name, so deck.gl hands it the viewport as it would its own, and it takes its
 * values from deck.gl's own uniforms.
 */

const uniformBlock = /* glsl */ `\
layout(std140) uniform projectUniforms {
  mat4 viewProjectionMatrix;
  vec4 center;
  vec3 commonOrigin;
  vec2 viewportSize;
  float devicePixelRatio;
  float focalDistance;
  float scale;
} project;

// commonOrigin and center are zero unless deck.gl's offset mode is on (zoom 12 and closer, past our maximum).
vec4 project_common_position_to_clipspace(vec4 position) {
  return project.viewProjectionMatrix * position + project.center;
}

vec2 project_pixel_size_to_clipspace(vec2 pixels) {
  vec2 offset = pixels / project.viewportSize * project.devicePixelRatio * 2.0;
  return offset * project.focalDistance;
}
`;

type FlatProjectionUniforms = {
  viewProjectionMatrix: number[];
  center: number[];
  commonOrigin: number[];
  viewportSize: number[];
  devicePixelRatio: number;
  focalDistance: number;
  scale: number;
};

function getUniforms(props?: Partial<ProjectProps>): Partial<FlatProjectionUniforms> {
  const all = (project.getUniforms?.(props) ?? {}) as Partial<FlatProjectionUniforms>;
  return {
    ...(all.viewProjectionMatrix ? { viewProjectionMatrix: all.viewProjectionMatrix } : {}),
    ...(all.center ? { center: all.center } : {}),
    ...(all.commonOrigin ? { commonOrigin: all.commonOrigin } : {}),
    ...(all.viewportSize ? { viewportSize: all.viewportSize } : {}),
    ...(all.devicePixelRatio !== undefined ? { devicePixelRatio: all.devicePixelRatio } : {}),
    ...(all.focalDistance !== undefined ? { focalDistance: all.focalDistance } : {}),
    ...(all.scale !== undefined ? { scale: all.scale } : {}),
  };
}

export const flatProjection = {
  name: "project",
  vs: uniformBlock,
  getUniforms,
  uniformTypes: {
    viewProjectionMatrix: "mat4x4<f32>",
    center: "vec4<f32>",
    commonOrigin: "vec3<f32>",
    viewportSize: "vec2<f32>",
    devicePixelRatio: "f32",
    focalDistance: "f32",
    scale: "f32",
  },
} as const;
