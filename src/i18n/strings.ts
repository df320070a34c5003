import { en, type Strings } from "./en";

/** The active language's strings; one language for now, the shape is ready for zh and ru. */
export function strings(): Strings {
  return en;
}
